from decimal import Decimal
prices = {"a": Decimal("1.10"), "b": Decimal("2.00")}
print(prices, list(prices.values()), {Decimal("1.0"): "x"}, [Decimal("0.00")], (Decimal(5),), {Decimal("-0")})
print(str(prices), repr([Decimal("1e-10")]), Decimal("1.10") in prices.values(), prices["a"] == Decimal("1.1"))
import json
try:
    json.dumps({"p": Decimal("1.5")})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"p": Decimal("1.5")}, default=str), json.dumps([float(Decimal("2.25"))]))
import copy
d = Decimal("3.3")
print(copy.copy(d) is d, copy.deepcopy([d])[0] is d, type(d).__name__, type(d).__module__, Decimal.__name__)
