for x in [0.5, 1.5, -2.25, 1e20, 1e-20, 3.141592653589793, 2.0**61, 2.0**62, -(2.0**61) + 1, 1e308, 5e-324, float("inf"), -float("inf"), 0.0, -0.0]:
    print(x, hash(x))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(-1), hash(-2), hash(1.0) == hash(1), hash(2**64) == hash(2.0**64))
