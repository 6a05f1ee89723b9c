from decimal import Decimal, InvalidOperation
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(Decimal("1.5") + 1, Decimal(10) ** 20, int(Decimal("9.99")), float(Decimal("0.5")))
Decimal("1.5") + 1.5
