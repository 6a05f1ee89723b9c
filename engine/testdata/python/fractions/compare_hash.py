from fractions import Fraction as F
from decimal import Decimal as D
nan, inf = float('nan'), float('inf')
print(F(1, 2) == 0.5, F(1, 2) != 0.5, F(1, 3) == 1 / 3, F(1, 3) < 0.34, F(1, 3) > 1 / 3, F(2, 1) == 2, 2 == F(4, 2), F(1, 2) == F(2, 4))
print(F(1, 2) < inf, F(1, 2) > -inf, F(1, 2) == nan, F(1, 2) != nan, nan < F(1), F(1) <= nan, inf > F(10**100), -inf < F(-10**100))
print(F(1, 5) == D('0.2'), D('0.2') == F(1, 5), D('0.2') < F(1, 3), F(1, 3) > D('0.3'), D('Infinity') > F(10**50), F(1, 3) >= D('0.34'), D('NaN') == F(1))
print(hash(F(1, 2)) == hash(0.5), hash(F(1, 3)), hash(F(-1, 3)), hash(F(5)), hash(F(-1)), hash(F(2**61 - 1, 3)), hash(F(1, 2**61 - 1)), hash(F(10**20, 7)))
print({0.5: 'half'}[F(1, 2)], {D('0.2'): 'fifth'}[F(1, 5)], {2: 'two'}[F(4, 2)], {F(1, 3): 'third'}[F(2, 6)], len({F(1, 2), 0.5, D('0.5'), F(2, 4)}))
print(sorted([F(1, 2), 0.25, 1, F(-1, 3), D('0.3') if False else 0.3]), max(F(7, 3), 2.3), min(F(7, 3), 2))
print(F(0) == 0, F(0) == -0.0, bool(F(0)), bool(F(1, 99)), F(1, 2) is F(1, 2), 1 in [F(1)])
