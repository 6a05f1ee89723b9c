# A Decimal has every method CPython's has or refuses it; a name it lacks is the script's AttributeError.
from decimal import Decimal
d = Decimal("2.50")
for name in ("nosuch", "sqrtt", "as_tupel", "to_integral_valu", "__len__", "__iter__"):
    try:
        getattr(d, name)
    except AttributeError as e:
        print(type(e).__name__, e)
    print(name, hasattr(d, name), getattr(d, name, "default"))
print(hasattr(d, "quantize"), hasattr(d, "as_tuple"), d.as_tuple(), abs(-d))
try:
    Decimal.nosuch
except AttributeError as e:
    print(e)
