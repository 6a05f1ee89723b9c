import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.pi, math.e)
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(25), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(math.inf), math.fabs(-3))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1) == math.e)
print(math.hypot(3, 4), math.copysign(1, -0.0), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
