from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, InvalidOperation

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(tax))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP))
print(Decimal(0.1), Decimal("1.10") + Decimal("2.20"), Decimal("3") / Decimal("7"))
print(Decimal("10") / 4, Decimal(7) // 2, Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(7), 3))
print(Decimal("1.500").normalize(), Decimal("100").normalize(), Decimal("1E+2") + 0)
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.5'):.0f}", f"{Decimal('-0'):f}", str(Decimal("1e-7")))
print(Decimal("1.1") == 1.1, Decimal("1.0") == 1, Decimal("2") > 1.5, sorted([Decimal("1.5"), 1, 0.5]))
getcontext().prec = 6
print(Decimal(1) / Decimal(3), Decimal("123456789") * 1)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(Decimal("12.345").quantize(Decimal("1."), rounding=ROUND_DOWN), int(Decimal("-3.9")), float(Decimal("0.25")))
print(round(Decimal("2.5")), round(Decimal("2.567"), 2), Decimal("5").sqrt(), abs(Decimal("-1.20")))
