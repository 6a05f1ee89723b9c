from decimal import Decimal, ROUND_HALF_UP
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
total = sum(prices, Decimal("0"))
print(total, total * Decimal("1.2"), (total * Decimal("1.2")).quantize(Decimal("0.01"), ROUND_HALF_UP))
print(Decimal("1") / Decimal("8"), Decimal("100").sqrt(), Decimal("1.50").normalize())
print(sorted([Decimal("1.1"), Decimal("1.01"), Decimal("1.10")]))
