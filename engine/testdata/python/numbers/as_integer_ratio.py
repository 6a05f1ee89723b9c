for x in [0.5, 0.1, -2.75, 1e20, 1e-5, 0.0, -0.0, 3.0, 2**60 + 0.0]:
    print(x, x.as_integer_ratio(), x.is_integer())
print((5).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio(), (10**30).as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf").is_integer(), float("nan").is_integer(), (1.5).is_integer(), (2.0).is_integer())
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, n.bit_length(), d.bit_length())
