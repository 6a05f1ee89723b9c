# source: numeric-input validation helpers (is_int/is_float with try/except, clamp, parse with base prefixes, digit sums) in CLI tools
def is_int(s):
    try:
        int(s)
        return True
    except (TypeError, ValueError):
        return False

def is_float(s):
    try:
        float(s)
        return True
    except (TypeError, ValueError):
        return False

def clamp(x, lo, hi):
    return max(lo, min(x, hi))

samples = ["12", "-3", "+4", " 5 ", "1_000", "1__0", "3.0", "1e5", "nan", "inf", "0x1f", "", None, "٣", "12a", "−5"]
for s in samples:
    print(f"{s!r:8} int={is_int(s)!s:5} float={is_float(s)}")
print(clamp(15, 0, 10), clamp(-1, 0, 10), clamp(2.5, 0, 10), int("0x1f", 16), int("1f", 16), int("z", 36), int("-0b101", 0), int("0777", 8))
try:
    int("0777", 0)
except ValueError as e:
    print("ValueError:", e)
print(int(3.99), int(-3.99), int("  -0  "), float("1_0.5"), float(".5"), float("5."), int(True), float("-inf") < 0)
print(sum(int(c) for c in str(2 ** 100)), len(str(2 ** 100)), str(10 ** 30), 10 ** 30 // 7, (10 ** 30) / 7, 7 ** -2, (-8) ** (1 / 3) if False else pow(-8, 3))
print(pow(3, 4, 5), pow(2, -1, 7), pow(10, 20) == 1e20, 2 ** 0.5, 4 ** 0.5, (-2) ** 2, -2 ** 2, 0 ** 0, 1e308 * 10, int(1e20))
