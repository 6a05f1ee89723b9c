vals = [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 5e-324, 1.7976931348623157e308, -0.0, 2.5, 3.5, 1.005, 100.0, 1e22, 1e21, 12345.6789]
for v in vals:
    print(repr(v), str(v), f"{v}", format(v, ""), format(v, "g"), format(v, ".3g"), format(v, "e"), format(v, ".1f"), round(v, 2))
print(float("1e500"), float("-inf"), float("nan"), repr(float("nan")), str(-float("inf")))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(-1.5), round(2.5), round(1234.5678, -2), round(1e300, 2))
