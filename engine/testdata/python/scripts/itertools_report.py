import itertools
rows = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
for key, grp in itertools.groupby(rows, key=lambda r: r[0]):
    vals = [v for _, v in grp]
    print(key, vals, sum(vals))
print(list(itertools.accumulate(v for _, v in rows)))
print(list(itertools.combinations(["x", "y", "z"], 2)))
