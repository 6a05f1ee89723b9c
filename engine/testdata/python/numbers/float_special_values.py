inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf if False else "", 1 / inf, -1 / inf, nan == nan, nan != nan, nan < 1, inf > 10**400)
print(float("Infinity"), float("-iNF"), float(" nan "), float("+1e5"), float("1_000.5"), float(".5"), float("5."), float("-0"), float("1e-400"), float("1e400"))
print(min(nan, 1), max(nan, 1), min(1, nan), sorted([3, nan, 1])[1] if False else "", [nan] == [nan], nan in [nan], (nan,) == (nan,))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(0.0, -1), math.copysign(nan, -1.0) != 0, math.isclose(inf, inf), math.isclose(nan, nan))
for bad in ["", "1e", "inf5", "0x10", "1__0", "nan(1)", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
