# float repr is the shortest string that round-trips
for x in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308]:
    print(repr(x), str(x), x)
print(-0.0, 0.0 * -1, -0.0 + 0.0, abs(-0.0), float("inf"), -float("inf"), float("nan"), float("-nan"))
print(100.0, 1e2, 1.5e-7, 12345678901234567890.0, 9007199254740993.0, 0.30000000000000004)
