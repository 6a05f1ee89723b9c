d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d, d["a"] is d["b"])
print(dict.fromkeys("xyz"), dict.fromkeys(range(3), 0), {}.fromkeys(("k",), "v"))
g = {k: [] for k in "ab"}
g["a"].append(1)
print(g)
