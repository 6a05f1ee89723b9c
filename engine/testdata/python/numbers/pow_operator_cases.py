import math
print(2 ** 10, 2 ** -1, (-2) ** -1, 0 ** 0, 0.0 ** 0, (-8) ** 2, 2 ** 0.5, 10 ** -300, 10 ** 20, 10.0 ** 20, (-1) ** 10**20, 2 ** 62 * 2)
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(3, 0, 1), pow(2**100, 2**10, 97), math.pow(2, 10), math.pow(-2, 3), math.pow(2, -1074), math.pow(1.0001, 100000))
print(1.5 ** 2.5, 0.5 ** 1075, 2.0 ** -1075, 1e-200 ** 2, 7.0 ** 0.5 ** 2, -2 ** 2, (-2.5) ** 3, 1.000001 ** 1e6, 0.999999 ** 1e6)
for bad in [lambda: 0 ** -1, lambda: 0.0 ** -2.5, lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5), lambda: 2.0 ** 2000, lambda: math.pow(10, 400), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5)]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
