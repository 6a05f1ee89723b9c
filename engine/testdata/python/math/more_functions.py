import math
print(math.floor(3.7), math.ceil(3.2), math.fmod(-7, 3), -7 % 3)
print(math.inf > 10 ** 300, -math.inf, math.nan != math.nan)
print(math.dist((0, 0), (3, 4)), math.sumprod if hasattr(math, "sumprod") else "no sumprod")
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
