from fractions import Fraction as F
from decimal import Decimal as D
import math
big = F(2**100 + 1, 3**50)
print(big, float(big), int(big), round(big), round(big, 3), math.floor(-big), math.ceil(-big), big.limit_denominator(1000))
print(F(10**30, 10**29), F(-10**30 - 1, 10**29) // 1, F(1, 10**25) + F(1, 10**25), F(10**18, 3) * 3 == 10**18, F(1, 3) ** 40)
print(F(5e-324), F(1e308) == 1e308, float(F(1, 10**400)), F(2.5) == 2.5, F(D('1e-30')), F(D('-12.5000')), F(D(10**30)))
print([F(1, 3) + x for x in (1, 1.0, True, F(2, 3))], [x - F(1, 2) for x in (1, 0.5, False)], F(3, 4) * True, F(3, 4) ** True)
print(sorted({F(1, 2), F(2, 4), 0.5, 1, F(3, 3), True}, key=float), {F(1, 2): 'a', 0.5: 'b'}, [F(n, 4) for n in range(-2, 3)])
print(F(7, 3).__class__.__name__, F(1, 3) != F(2, 6), F(1, 3) <= F(1, 3), F(-1, 3) < 0 < F(1, 3), min(F(1, 3), 0.3, key=abs), max([F(3, 2), 1.4, 2 - F(1, 2)]))
