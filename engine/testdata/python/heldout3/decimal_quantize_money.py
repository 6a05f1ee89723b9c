# source: woodlums/CEBD1100_Winter2023 Class_03/decimal_example.py and tinyi0420/python demo_16.py (Decimal sums, Decimal(float), quantize with ROUND_HALF_UP)
import decimal
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN

value1 = decimal.Decimal("0.01")
value2 = decimal.Decimal("0.02")
print(value1 + value2)
print(type(value1))
unit_price = decimal.Decimal("8.0123")
q = decimal.Decimal("1.123")
price = unit_price * q
print(price)
cents = decimal.Decimal(".01")
money_value = price.quantize(cents, decimal.ROUND_HALF_UP)
print(money_value)

a1 = Decimal(1.5)
print(a1)
a2 = Decimal(1.4)
print(a2)
a3 = Decimal(2.968)
print(a3)
a4 = Decimal('2.968')
print(a4)
a5 = Decimal(2968) * Decimal(0.001) - Decimal(2.968)
print(a5)
a6 = Decimal(2968) * Decimal('0.001') - Decimal('2.968')
print(a6)
for d in [1.5, 2.5, 3.5, 4.5]:
    row = [Decimal(d).quantize(Decimal(1), rounding=r) for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN)]
    print(d, row, round(d))
print(repr(money_value), f"{money_value:>10}", f"{price:.3f}", str(Decimal("1E+3")), Decimal("1.10") == Decimal("1.1"))
