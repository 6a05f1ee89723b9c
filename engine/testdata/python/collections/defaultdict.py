from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d)
print(dict(d), d["zz"], len(d))
c = defaultdict(int)
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
