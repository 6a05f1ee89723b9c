from statistics import quantiles, median_grouped, median, multimode, mode
from fractions import Fraction
from decimal import Decimal
print(quantiles([1, 2], n=1), quantiles([1, 2], n=2), quantiles([3, 1], n=3), quantiles(range(10), n=4), quantiles(range(10), n=4, method='inclusive'))
print(quantiles([Decimal('1.5'), Decimal('2.5'), Decimal('4')], n=4), quantiles([Fraction(1, 3), 1, 2], n=2), quantiles([1.0, 1.0, 1.0]))
print(quantiles([5, 1, 4, 2, 3], n=7), quantiles([5, 1, 4, 2, 3], n=7, method='inclusive'), quantiles([-1.5, 0, 2.25, 9], n=100)[:5])
print(median_grouped([1.5, 2.5, 2.5, 3.5]), median_grouped([10, 20, 20, 30], interval=10), median_grouped([3]), median_grouped([Fraction(1, 2), 1]), median_grouped([1, 2, 3, 3], Decimal('0.5')))
print(median([1, 2.5]), median([Fraction(1, 2), Fraction(3, 2)]), median([Decimal('1'), Decimal('2')]), median(['a']), median([(1, 2), (0, 5), (1, 1)]))
print(multimode([1, 1.0, 2, 2, True]), multimode('mississippi'), mode('mississippi'), mode([float('nan'), 1, float('nan')]) != 1, mode([(1, 2), (1, 2), (3,)]))
