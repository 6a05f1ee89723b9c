# source: recipe scaling and exact money splits with fractions in tutorials
from fractions import Fraction
recipe = {"flour": "2 1/4", "sugar": "3/4", "butter": "1/2", "salt": "1/8"}
def parse(q):
    parts = q.split()
    return sum(Fraction(p) for p in parts)
scale = Fraction(2, 3)
for name, qty in recipe.items():
    v = parse(qty) * scale
    whole, rest = divmod(v, 1)
    text = (f"{whole} " if whole else "") + (f"{rest}" if rest else "")
    print(f"{name:>7}: {qty:>6} -> {text.strip() or '0'} cups ({float(v):.3f})")
total = sum(parse(q) for q in recipe.values())
print("total", total, repr(total), float(total), round(total, 2), total.limit_denominator(4))
shares = [Fraction(1, 3)] * 3
print(sum(shares) == 1, [str(s * 100) for s in shares], sum(shares, Fraction(0)))
harmonic = [sum(Fraction(1, k) for k in range(1, n + 1)) for n in range(1, 8)]
print(harmonic, max(harmonic).denominator, [h.numerator % 7 for h in harmonic])
