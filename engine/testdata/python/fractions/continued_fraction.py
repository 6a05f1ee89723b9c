# source: continued fractions and convergents with fractions.Fraction (number-theory exercises)
from fractions import Fraction
import math
def continued(x, n):
    out = []
    for _ in range(n):
        a = math.floor(x)
        out.append(a)
        if x == a:
            break
        x = 1 / (x - a)
    return out
def convergent(terms):
    v = Fraction(terms[-1])
    for a in reversed(terms[:-1]):
        v = a + 1 / v
    return v
for name, x in [("pi", Fraction(math.pi)), ("sqrt2", Fraction(math.sqrt(2))), ("e", Fraction(math.e)), ("355/113", Fraction(355, 113)), ("-7/3", Fraction(-7, 3))]:
    cf = continued(x, 8)
    print(f"{name:>8} {cf} -> {[str(convergent(cf[:k])) for k in range(1, len(cf) + 1)][:5]}")
golden = Fraction(1)
for _ in range(12):
    golden = 1 + 1 / golden
print(golden, float(golden), golden.limit_denominator(100), abs(golden - Fraction((1 + 5 ** 0.5) / 2)) < Fraction(1, 10**5))
egypt, rest = [], Fraction(7, 15)
while rest:
    d = math.ceil(1 / rest)
    egypt.append(Fraction(1, d))
    rest -= Fraction(1, d)
print(" + ".join(map(str, egypt)), sum(egypt) == Fraction(7, 15))
