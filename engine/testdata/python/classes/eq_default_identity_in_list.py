class P:
    pass
a, b = P(), P()
print(a in [a], a in [b], [a].index(a), [a, b].count(b))
d = {a: 1, b: 2}
print(d[a], d[b], len(d))
