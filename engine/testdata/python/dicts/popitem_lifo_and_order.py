d = {}
for k in "dcba":
    d[k] = ord(k)
print(list(d), d.popitem(), d.popitem(), d)
d["d"] = 0
d["x"] = 1
del d["d"]
d["d"] = 2
print(list(d.items()), list(reversed(d)), next(iter(d)), list(d.values())[-1])
d.update({"c": 99})
print(d, len(d), d.get("c"), d.pop("x"), d.pop("zz", "none"))
e = {1: "a", 1.0: "b", True: "c"}
print(e, len(e))
