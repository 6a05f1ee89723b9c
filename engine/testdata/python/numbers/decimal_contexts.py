from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("0.1") * 3, Decimal("10") ** 20, Decimal(0.1))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0, +Decimal("1.234567"))
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(getcontext().prec, Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("-0.5").quantize(Decimal("1")))
print(Decimal("1.50").normalize(), Decimal("100").normalize(), Decimal("1e3"), Decimal("1.23e-7"), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("0.000001"), Decimal("0.0000001"))
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0)]:
    try:
        bad()
    except (InvalidOperation, DivisionByZero, ZeroDivisionError) as e:
        print(type(e).__name__)
