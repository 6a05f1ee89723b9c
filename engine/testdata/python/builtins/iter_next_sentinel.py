it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
vals = [3, 2, 1, 0, 5]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
print(list(iter("ab")))
