import statistics
from fractions import Fraction

scores = [88, 92, 79, 93, 85, 92, 71]
print(statistics.mean(scores), statistics.median(scores), statistics.mode(scores))
print(round(statistics.stdev(scores), 6), round(statistics.pstdev(scores), 6), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.fmean([1, 2, 3.5]), statistics.variance([1, 2, 3, 4]), statistics.multimode("aabbc"))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.median([3, 1, 2, 4]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
f = Fraction(3, 4) + Fraction(1, 6)
print(f, repr(f), f.numerator, f.denominator, float(f), Fraction("0.125"), Fraction(0.5), Fraction(10, -4))
print(Fraction(1, 3) * 3 == 1, Fraction(1, 3) < 0.34, Fraction(7, 2) // 1, round(Fraction(7, 2)), Fraction(1, 3) ** 2)
print(Fraction(355, 113).limit_denominator(10), sum(Fraction(1, n) for n in range(1, 5)), f"{Fraction(1, 3)}")
