d = {"a": 1, "b": 2}
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for _ in range(2):
    pass
print(_)
