# dict views: isdisjoint, mapping, live iteration that raises when the size changes, reversed.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint([("a", 1)]), i.isdisjoint([("a", 2)]), k.isdisjoint([]))
print(k.mapping, k.mapping["a"], type(i.mapping).__name__, v.mapping == d)
d["c"] = 3
print(k.mapping, len(k))
try:
    v.isdisjoint([1])
except AttributeError as e:
    print(e)
try:
    for x in d:
        d["new" + x] = 1
except RuntimeError as e:
    print(e)
d = {"a": 1, "b": 2}
try:
    for x in d.keys():
        del d[x]
except RuntimeError as e:
    print(e, d)
d = {"a": 1, "b": 2}
for kk, vv in d.items():
    d[kk] = vv * 10
print(d, list(reversed(d.keys())), list(reversed(d.items())))
r = reversed(d.values())
d["z"] = 0
try:
    print(list(r))
except RuntimeError as e:
    print(e)
