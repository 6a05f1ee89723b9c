from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, localcontext
print(Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP), Decimal("2.5").quantize(Decimal("1")))
print(Decimal("1.999").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(2).sqrt())
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5'):,}")
