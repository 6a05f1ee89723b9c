import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e308, -1e308, 1e308]), math.fsum([1, 1e100, 1, -1e100]), math.fsum([]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum(range(10)), math.fsum([2**-1074] * 3), math.fsum([1e-16, 1.0, 1e-16]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([1, 2], start=10), math.prod([10**20, 10**20]))
for bad in [lambda: math.fsum([float("inf"), float("-inf")]), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([1e308, 1e308, -1e308]), lambda: math.fsum(["a"])]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.fsum([float("inf"), 1.0]), math.fsum([float("nan"), 1.0]), sum([1, 2.5, 3]), sum([0.1] * 3, 1.0), sum([[1], [2]], []))
