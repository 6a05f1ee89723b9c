from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, InvalidOperation, localcontext
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
total = sum(prices)
print(total, repr(total), total * 3, total / 3, total // 7, total % 7)
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")), round(Decimal("2.665"), 2))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"), Decimal(0.1), Decimal("1e3"), Decimal("100").normalize())
print(Decimal("7.50").quantize(Decimal("1"), rounding=ROUND_DOWN), Decimal(10) ** -2, Decimal("-0"), Decimal("3.14159").as_tuple())
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.125'):.2f}", f"{Decimal('1e-7')}", str(Decimal("1E+2")), Decimal("12.340").normalize())
print(Decimal(1) / Decimal(7), getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(Decimal("1.1") == 1.1, Decimal("1.5") == 1.5, Decimal(2) == 2, Decimal("1.0") == Decimal("1"), hash(Decimal("2.0")) == hash(2))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(int(Decimal("9.99")), float(Decimal("0.1")), Decimal("3.5").to_integral_value(), sorted([Decimal("1.1"), 1, 0.5]))
print(max(Decimal("1.10"), Decimal("1.1")), Decimal("5").sqrt(), Decimal(3).is_zero(), abs(Decimal("-2.50")))
