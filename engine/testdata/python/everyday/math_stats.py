import math

values = [2.5, 3.7, 1.2, 9.8, 4.4]
mean = sum(values) / len(values)
var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
print(mean, var, math.sqrt(var), math.fsum(values), sum(values))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(3.5), round(2.675, 2))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.001, rel_tol=1e-2))
print(math.gcd(48, 180), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.exp(1))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.degrees(math.pi), math.radians(180))
print(math.prod([1, 2, 3, 4]), math.isqrt(99), math.copysign(3, -0.0), math.fabs(-2), math.pow(2, 10))
print(math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(float("nan")), math.modf(-3.25), math.frexp(8))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, 2 ** -1, 10 ** 20, 2 ** 100 % 97, pow(3, 4, 5))
print(math.ceil(1e20), int(1e20), float(2**63), 1 / 3, 2 / 3, 100 / 7)
