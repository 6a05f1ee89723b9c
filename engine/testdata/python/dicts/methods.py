d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 0))
print(d.setdefault("y", []), d)
d["y"].append(1)
print(d.pop("x"), d.pop("nope", "dflt"), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d, d.popitem(), d)
print(dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
