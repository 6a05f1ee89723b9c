from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING
scores = [Decimal("88.5"), Decimal("92.25"), Decimal("79"), Decimal("100.00")]
total = sum(scores)
avg = total / len(scores)
print(total, avg, avg.quantize(Decimal("0.1")), avg.quantize(Decimal("0.1"), ROUND_HALF_UP), round(avg, 1), round(avg))
for x in ["0.125", "0.135", "-0.125", "2.5", "3.5", "-2.5"]:
    d = Decimal(x)
    print(x, d.quantize(Decimal("0.01"), ROUND_HALF_EVEN), d.quantize(Decimal("0.01"), ROUND_HALF_UP), d.quantize(Decimal("1"), ROUND_CEILING), round(d))
split = Decimal("100") / 3
print(split, split * 3, (split.quantize(Decimal("0.01")) * 3), Decimal("100") - split.quantize(Decimal("0.01")) * 2)
print(max(scores), min(scores), sorted(scores, reverse=True), scores.index(Decimal("79.0")), Decimal("79") in scores)
