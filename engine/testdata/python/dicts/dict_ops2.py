d = {"b": 2, "a": 1}
d |= {"c": 3}
print(d, d | {"a": 0}, {**d, "d": 4}, list(d.items())[-1], list(reversed(d)))
print(d.keys() & {"a", "z"}, d.keys() - {"a"}, d.keys() | {"q"}, d.items() & {("a", 1)}, "a" in d.keys(), 1 in d.values())
print(d.keys(), d.values(), d.items(), len(d.keys()), repr(dict().keys()))
inv = {v: k for k, v in d.items()}
print(inv, dict(zip("abc", range(3))), dict.fromkeys(["x", "y"]), dict(sorted(d.items(), reverse=True)))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"].get("c"), nested.get("x", {}).get("y"), nested.setdefault("n", {}).setdefault("m", 5), nested)
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda c: (-counts[c], c))[:3])
print({1: "a", 1.0: "b"}, {True: 1, 1: 2}, {(1, 2): 3}[1, 2], {None: 0}[None])
a = {"x": [1]}
b = dict(a)
b["x"].append(2)
print(a, b, a == b, a is b)
print(sorted({"b": 1, "a": 2}), sum({1: 2, 3: 4}), min({"z": 1, "y": 2}), list(map(str, {1: 0})))
d2 = dict(a=1)
print(d2.pop("a"), d2, d2.get("a", "gone"), dict(d2, **{"k": 1}), str({"q": "x'y"}), {"s": 'a"b'})
