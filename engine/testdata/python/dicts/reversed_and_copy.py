d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.items())))
e = d.copy()
e["a"] = 0
print(d, e)
d |= {"d": 4}
print(d)
print(dict(d) is d)
