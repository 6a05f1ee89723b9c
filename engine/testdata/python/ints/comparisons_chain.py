print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 1 is not None)
print(2 ** 64 > 2 ** 63, -2 ** 64 < 0)
print(True + True, True * 10, False - 1)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
