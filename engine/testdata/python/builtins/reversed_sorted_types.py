print(list(reversed(range(4))), list(reversed("abc")), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
print(sorted({3, 1, 2}), sorted((3, 1)), sorted("cba", reverse=True))
