# source: roman numeral converters (value/symbol tables, greedy subtraction) common in kata repos
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {s: v for v, s in ROMAN if len(s) == 1}

def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(f"{n:>4} {r:<12} {from_roman(r)}")
for bad in (0, 4000, 2.5, True, "7"):
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
try:
    from_roman("MXQ")
except KeyError as e:
    print("KeyError", e, e.args)
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
