keys = ["a", "b", "c"]
print({k: i for i, k in enumerate(keys)})
print(dict(zip(keys, range(3))))
print(dict(a=1, b=2), dict([("x", 1)], y=2))
print({v: k for k, v in {"a": 1, "b": 1}.items()})
print(dict(sorted({"b": 1, "a": 2}.items())))
