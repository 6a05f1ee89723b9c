for x in [1.0, 0.5, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 0.0, -0.0, 1 / 3, 255.0, float("inf"), float("-inf"), float("nan")]:
    print(x.hex())
for s in ["0x1.8p1", "0X1P-1074", "-0x1.fffffffffffffp+1023", "0x.8p0", "0x10", "0x1p-1075", "0x1.00000000000018p0", "  0x1.5p+3  ", "inf", "-Infinity", "nan", "0x1.ffffffffffffffp1023"]:
    try:
        print(s.strip(), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(s.strip(), type(e).__name__, e)
for bad in ["0x", "1.5", "0x1p", "0xg"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(bad, e)
