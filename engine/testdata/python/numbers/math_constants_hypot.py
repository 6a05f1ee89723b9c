import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, repr(math.pi * 2), math.pi / 2)
print(math.hypot(3, 4), math.hypot(), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1, 2, 3), math.hypot(-3), math.hypot(math.inf, math.nan))
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 8)), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(math.inf, math.inf), math.atan2(1, 0))
print(math.copysign(3, -0.0), math.nextafter(0.0, 1), math.nextafter(1.0, 0), math.nextafter(1.0, 1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(-2.0), math.ulp(math.inf))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.remainder(10, 4), math.remainder(11, 4), math.remainder(-11, 4), math.remainder(5, math.inf))
for bad in [lambda: math.fmod(1, 0), lambda: math.remainder(math.inf, 1), lambda: math.dist([1], [1, 2]), lambda: math.sqrt(-0.5)]:
    try:
        bad()
    except ValueError as e:
        print(e)
