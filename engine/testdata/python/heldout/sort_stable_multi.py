from functools import cmp_to_key
records = [("alice", "eng", 100), ("bob", "ops", 90), ("carol", "eng", 120), ("dave", "ops", 90), ("eve", "hr", 100)]
by_salary = sorted(records, key=lambda r: r[2], reverse=True)
print(by_salary)
s = sorted(records, key=lambda r: r[0])
s = sorted(s, key=lambda r: r[1])
print(s)
def cmp(a, b):
    if a[2] != b[2]:
        return b[2] - a[2]
    return (a[0] > b[0]) - (a[0] < b[0])
print(sorted(records, key=cmp_to_key(cmp)))
print(sorted(records, key=lambda r: (r[1], -r[2])))
ranked = {name: i for i, (name, *_) in enumerate(by_salary, 1)}
print(ranked)
print(sorted([("a", None), ("b", 1)], key=lambda t: (t[1] is None, t[1] or 0)))
