from decimal import Decimal
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(3))
print(repr(Decimal("2.50")), str(Decimal("1e3")), Decimal(0.1))
print(Decimal("10.00").quantize(Decimal("0.1")), Decimal("2.675").quantize(Decimal("0.01")))
print(Decimal("3.14159").quantize(Decimal("1.00")), Decimal("-0"), Decimal("1.0") == Decimal("1"))
print(sum([Decimal("0.1")] * 3), Decimal("7") // 2, Decimal("-7") % 3)
