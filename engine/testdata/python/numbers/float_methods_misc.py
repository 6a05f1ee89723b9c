x = 2.5
print(x.real, x.imag, x.conjugate(), float.fromhex("0x1p0"), (2.0).__trunc__(), (2.7).__floor__() if hasattr(2.7, "__floor__") else "", (2.2).__ceil__() if hasattr(2.2, "__ceil__") else "")
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), float(), float(True), float("  -12.5e-1 "), float(b"3.5") if False else "", (0.1).__round__(0) if False else "")
import math
print(math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.7), int(-2.7), round(-2.7), math.modf(-2.7), math.frexp(12.0), math.ldexp(0.75, 4), math.modf(float("inf")))
print(abs(-2.5), -(-2.5), divmod(-2.5, 1), pow(2.5, 2), (2.5).__trunc__(), (-2.5).__floor__(), (2.1).__ceil__(), (1e300).__trunc__() % 1000)
