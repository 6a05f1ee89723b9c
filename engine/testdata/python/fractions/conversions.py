import math
from fractions import Fraction as F
vals = [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(10**20 + 1, 10**20), F(0)]
for v in vals:
    print(v, repr(v), int(v), float(v), round(v), math.floor(v), math.ceil(v), math.trunc(v), abs(v), str(v), v.as_integer_ratio())
print(round(F(1234567, 1000), 2), round(F(1234567, 1000), -2), round(F(25, 100), 1), round(F(35, 100), 1), round(F(-25, 10), 0), type(round(F(5, 2), 0)).__name__)
print('%.3f' % F(1, 3), '%d' % F(7, 2), '%s' % F(1, 3), '%r' % F(1, 3), '%e' % F(1, 3), f"{F(1, 3)}", f"{F(1, 3)!r}", '{}'.format(F(5, 10)), str(F(4, 2)))
print(F(1, 3).real, F(1, 3).imag, F(1, 3).conjugate(), F(6, 4).numerator, F(6, 4).denominator, math.sqrt(F(1, 4)), math.isclose(F(1, 3), 1 / 3), math.fsum([F(1, 3)] * 3))
print(complex(F(1, 2)) if False else '', F(1, 3).limit_denominator(10), isinstance(F(1), F), type(F(1)).__name__, F.__name__, repr(F))
