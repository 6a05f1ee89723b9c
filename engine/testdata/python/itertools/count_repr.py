# itertools.count's repr: its next value, and the step unless it is the int 1
import itertools
c = itertools.count()
print(c, next(c), c)
print(itertools.count(5, 2), itertools.count(2.5, 0.5), itertools.count(0, 1.0), itertools.count(1, True), itertools.count(-3, -1))
print(repr(itertools.count(10**20)), itertools.count(start=3, step=0))
from fractions import Fraction
from decimal import Decimal
c = itertools.count(Fraction(1, 2), Fraction(1, 3))
next(c)
print(c, itertools.count(Decimal("1.5")))
