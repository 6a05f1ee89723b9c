# source: the "Floating Point Arithmetic: Issues and Limitations" tutorial chapter (0.1 + 0.2, round(2.675, 2), repr, fsum, as_integer_ratio, Decimal(0.1))
import math
from decimal import Decimal
from fractions import Fraction

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2))
print(repr(1 / 3), str(2 / 3), 1e16, 1e-5, 123456789.123456789, 1.0, 100.0 ** 10, 2.0 ** 0.5)
print(sum([0.1] * 10), math.fsum([0.1] * 10), 0.1 * 3)
print((0.1).as_integer_ratio(), Decimal(0.1), Fraction(0.1), Fraction(1, 10))
print(format(0.1, ".17f"), format(0.1, ".20g"), float.hex(0.1), (3.0).is_integer())
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), 7 // -2, -7 % 3, 7.5 // 2)
print(bin(10), hex(255), oct(8), int("ff", 16), int("0b101", 0), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).bit_length(), (-1).bit_length(), 10 ** 20, 2 ** 100, -(2 ** 63), 3 ** 40 // 7)
print(float("nan") == float("nan"), float("inf") > 10 ** 300, math.isnan(float("nan")), -float("inf"))
print(1e308 * 10, 5e-324 / 2, 9007199254740993.0, int(1e20), float(10 ** 20))
print([1.1, 2.2, [3.3, (4.4,)]], {"pi": math.pi, "e": math.e}, (0.1, -0.0))
print(f"{math.pi:.10f} {math.tau:g} {1/7:.3%} {12345.678:_.1f} {-1.5:+.0f}")
print(divmod(-7, 2), divmod(7.5, 2), pow(2, 10, 1000), pow(3, -1, 7), abs(-3.5), abs(3 + 4j))
