# source: tokenedlines/as_ints in ypisetsky/advent-of-code-2023 util.py
TEXT = """move 3 from 1 to 2
rate 0.5 -2 x1e3 1e3
wrap -0 007 1_000 0x1F
"""

def parse_part(part):
    try:
        return int(part)
    except ValueError:
        try:
            return float(part)
        except ValueError:
            return part

def tokened(text):
    return [[parse_part(p) for p in line.strip().split(" ")] for line in text.splitlines() if len(line) > 1]

rows = tokened(TEXT)
for r in rows:
    print(r, [type(x).__name__ for x in r])
print(tuple(int(x) for x in "4 8 15 16".split()))
print(int("  42\n"), float(" -1.5e-3 "), float("inf"), float("-nan"), int("+7"))
for bad in ("1.0", "", "0b11", "١٢"):
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
