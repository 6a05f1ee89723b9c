from collections import defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"], {k: dict(v) for k, v in nested.items()})
print(dd.get("zzz"), "zzz" in dd, dd.default_factory)
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)
sets = defaultdict(set)
sets["a"].add(1)
print(sets, repr(defaultdict(int, {"q": 1})))
