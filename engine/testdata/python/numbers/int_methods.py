n = 2**100 - 1
print(n.bit_length(), (0).bit_length(), (-5).bit_length(), n.bit_count() if hasattr(n, "bit_count") else "", (255).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print(int("ff", 16), int("0o17", 0), int("0b1010", 0), int(" 42 "), int("1_000"), int("-0x10", 16), int("z", 36), int("10", 2))
print((10).__index__(), abs(-(10**30)), -(-(2**63)), (2**63).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-3, 3), pow(2, 0), pow(0, 0), pow(10, -2), pow(7, 2, -5))
for bad in [lambda: int("12a"), lambda: int("", 10), lambda: int("1", 1), lambda: (300).to_bytes(1, "big"), lambda: pow(2, -1, 4), lambda: int("0x10")]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
