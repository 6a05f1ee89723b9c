import math
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 10**20, 10**20 - 1, 2**127]])
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 11), math.comb(60, 30), math.comb(1000, 2), math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5))
print(math.gcd(12, 18), math.gcd(0, 7), math.gcd(-12, -18), math.gcd(2**100, 2**60 * 3), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-3, 4), math.gcd(), math.lcm())
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(200))))
for bad in [lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(5, -1), lambda: math.factorial(-1), lambda: math.factorial(5.0), lambda: math.gcd(1.5, 2), lambda: math.comb(5.0, 2), lambda: math.isqrt(4.0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
