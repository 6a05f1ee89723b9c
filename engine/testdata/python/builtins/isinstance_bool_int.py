print(isinstance(True, int), isinstance(1, bool), type(True) is bool)
print(True == 1, True is 1 if False else "skip", True + 0.5)
print([True, False, 2].count(1), {True: "a", 1: "b"})
