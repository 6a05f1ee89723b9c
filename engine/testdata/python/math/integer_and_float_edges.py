import math

print(math.floor(2**70 + 0.0) == 2**70, math.isqrt(10**40), math.comb(100, 50), math.factorial(25))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 30), math.lcm(), math.lcm(0, 5), math.prod([]), math.prod([2] * 70))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.sumprod if hasattr(math, "sumprod") else "")
print(math.trunc(1e20), math.ceil(-0.5), math.floor(-0.0), math.copysign(1, -0.0), round(0.5), round(1.5), round(-1.5))
print(math.log(2**1000), math.log2(2**1000), math.log10(10**50), math.log(8, 2), math.log1p(1e-10), math.expm1(1e-10))
print(math.atan2(1, -1), math.sin(math.pi), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acosh(1), math.erf(1))
print(math.nextafter(1, 2), math.ulp(1.0), math.remainder(10, 3), math.fmod(-10, 3), -10 % 3, math.ldexp(0.5, 3))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.inf - math.inf, math.inf * 0, float("-0.0"))
print(math.gamma(5), math.lgamma(10), math.floor(3), type(math.floor(3.7)).__name__, math.ceil(True))
for f, a in [(math.sqrt, "x"), (math.floor, math.nan), (math.ceil, math.inf), (math.isqrt, -1), (math.comb, (3, -1))]:
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
