print(hash(1) == hash(1.0), hash(True) == hash(1))
print({1: "a", 1.0: "b", True: "c"})
print(len({0, 0.0, False}))
print(hash(-1), hash(-2))
