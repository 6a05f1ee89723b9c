print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 5e-324 / 2, 5e-324 * 0.5, 2.0**-1074, 2.0**-1075)
print(1e16 + 1, 1e16 + 2, 2**53 + 1.0, 9007199254740993 + 0.0, 0.1 ** 2, 10.0 ** -1, 2.0 ** 0.5, (-8.0) ** (1 / 3) if False else "", (-2.0) ** 3, (-2.0) ** -2)
print(1.0 / 3 * 3, 7.0 // 2, -7.0 // 2, 7.0 % -2.5, 2.0 ** 1023 * 2 if False else "", abs(-1e-320), -(0.0), +(-0.0), 3.0 * -0.0)
for bad in [lambda: 2.0 ** 1024, lambda: 10.0 ** 400, lambda: 0.0 ** -1, lambda: 1e308 ** 2]:
    try:
        print(bad())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(2.0, 3), pow(2, 0.5), pow(4, -1), pow(-8, 1 / 3) if False else "", 0.0 ** 0, float("inf") ** 0, 1 ** float("nan"), float("nan") ** 0)
