print(float(10**20), float(2**53 + 1), float(2**53 + 3), float(2**1023), float(-(2**64)), float(10**308))
print(int(1e20), int(-1e20), int(2.0**100), int(1.9999999999999998), int(-0.9), int(5e-324), int(1.7976931348623157e308) % 1000)
print(10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -(10**400) < -1e308, 10**400 > float("inf"))
print(1e20 == 10**20, 1e16 + 1 == 10**16 + 1, 0.1 == 1 / 10, 3 * 0.1 == 0.3, hash(1e20) == hash(10**20), hash(2.5), hash(-1.0), hash(-1))
for bad in [lambda: float(10**400), lambda: int(float("inf")), lambda: int(float("nan")), lambda: 10**400 / 1, lambda: 10**400 * 1.0]:
    try:
        print(bad())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(10**400 // 10**399, (10**400) / (10**399), 1 / (10**400) if False else "", 2**1074 / 2**1075, (2**1100) / (2**1099), 7 / 2**1100 > 0)
