defaults = {"host": "localhost", "port": 5432, "options": {"timeout": 10, "ssl": False}}
overrides = {"port": 6543, "options": {"ssl": True}, "user": "admin"}
print({**defaults, **overrides})
print(defaults | overrides, overrides | defaults == {**overrides, **defaults})


def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


merged = deep_merge(defaults, overrides)
print(merged)
d = dict(defaults)
d |= {"port": 1}
print(d["port"], d.get("nope"), d.get("nope", 0), d.pop("host"), d.pop("x", None), d)
print(list(merged.keys()), list(merged.values())[:2], list(merged.items())[-1])
print(merged.keys() & {"host", "zzz"}, merged.keys() - {"host"}, len(merged))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv, dict.fromkeys(["x", "y"], []), sorted(merged, key=len))
try:
    merged["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "tuple"}, repr({}), str({"q": "it's"}))
e = {}
print(e.setdefault("k", []), e, "k" in e, e.keys(), e.values(), e.items())
