d = {"b": 2, "a": 1, "c": 3}
print(d.keys(), d.values(), d.items(), list(d), len(d.keys()))
k = d.keys()
d["z"] = 26
print(k, "z" in k, reversed(d).__class__.__name__, list(reversed(d.items())))
del d["b"]
d["b"] = 20
print(d, dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: -kv[1])))
print(d == {"a": 1, "c": 3, "z": 26, "b": 20}, list(d.values())[0], next(iter(d)), max(d, key=d.get))
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {}
e["x"] = e.get("x", 0) + 1
print(e, {1: "a", True: "b", 1.0: "c"}, dict([(1, 2)], k=3), {}.fromkeys([1, 2]))
print(str({"q": "it's"}), {"n": None, "f": 1.10, "l": [1.0, 2.50]})
print(d.items() & {("a", 1)}, {"a": 1}.items() <= d.items(), type(d.values()).__name__)
