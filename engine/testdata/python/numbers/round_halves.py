# round() rounds half to even, on the exact binary value
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 0.45, 2.675, 1.005, 0.125, 0.375]])
print([round(x, 2) for x in [2.675, 1.005, 1.115, 0.285, 0.015]], round(123456.789, -2), round(-123456.789, -3), round(5.5, 0), type(round(5.5, 0)).__name__)
print(round(1e300, 2), round(1e-300, 300), round(0.5e-300, 300), round(12345, -2), round(12350, -2), round(12450, -2), round(-15, -1), round(25, -1))
print(round(2**70 + 1, -5), round(7, 0), type(round(7, 0)).__name__, round(True), round(3.14159, 3), round(-0.0), round(-0.4), round(1.23456789e-5, 8))
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.2), lambda: round("1")]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1), round(1.5, None), round(2**100 / 3, -20))
