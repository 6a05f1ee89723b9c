d = {}
d["b"] = 1; d["a"] = 2; d["c"] = 3
del d["a"]
d["a"] = 4
print(d, list(d))
d["b"] = 9
print(d)
print({**d, "b": 0, "z": 1})
print(d | {"q": 0}, {"a": 1} == {"a": 1.0})
