print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** 64, 2 ** 0.5, 10 / 5)
print(0.1 + 0.2, 1 / 3, 1e22, 1e16, 123456789012345678.0, 1.0, 100.0 / 3, 3.0 * 1.1)
print(round(2.5), round(0.125, 2), round(1234.5678, -2), round(7, -1), round(-0.5))
print(int("42"), int(" -7 "), int(3.99), int(-3.99), float("1e3"), float("-inf"), int("1_000"))
print(f"{1/3:.3f} {2/3:.0f} {1e6:g} {1e-6:g} {123456789:e} {0.1:.20f}")
print(format(1234.5, ","), format(0.25, ".1%"), format(255, "08b"), format(-1.5, "+.1f"), format(10, "^6"))
print("%5.1f|%-5d|%05d|%x|%X|%o|%e|%g|%r|%s" % (3.14159, 42, 42, 255, 255, 8, 12345.678, 0.00001, "a", None))
print(str(10**30), 10**30 // 7, -(10**30) % 7, (2**100).bit_length(), hex(2**70), int("9" * 25) + 1)
print(1_000_000 * 1_000_000 * 1_000_000, 3 * 10**18 + 7 * 10**18, abs(-2**63), -2**63 - 1)
print(float(10**20) == 10**20, 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), int(1e20))
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 1e300 * 1e10, -1e300 * 1e10, 5 % 0.3)
print(True + True, True * 3, bool(0.0), bool("0"), int(True), 3 == 3.0, hash(3) == hash(3.0))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("3.5")
except ValueError as e:
    print(e)
print(float("nan") == float("nan"), max(1, 2.0), min(-0.0, 0), sum([0.1] * 10), 0.1 * 3)
