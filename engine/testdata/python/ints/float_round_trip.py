for x in [0.1, 1 / 3, 2 / 3, 1e-10, 123.456, 5e-324, 9007199254740993.0]:
    print(repr(x), float(repr(x)) == x)
