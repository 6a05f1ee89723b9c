for v in [2 ** 70, -(2 ** 64), 10 ** 30 // 7, 1 << 100, True, 5, 5.0, "5"]:
    print(isinstance(v, int), isinstance(v, (float, int)), type(v).__name__, isinstance(v, bool), issubclass(type(v), int))
def describe(x):
    if isinstance(x, int) and not isinstance(x, bool):
        return f"int with {x.bit_length()} bits"
    return "other"
print(describe(2 ** 80), describe(3), describe(True), describe(1.0))
print(type(2 ** 70) is int, type(2 ** 70) == int, int(2 ** 70) == 2 ** 70, sum([2 ** 63, 2 ** 63]))
