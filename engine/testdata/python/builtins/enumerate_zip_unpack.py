names = ["a", "b"]
ages = [1, 2]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
print(list(zip(*[(1, "x"), (2, "y")])))
print(dict(enumerate("ab")))
