users = [{"name": "ann", "dept": "eng", "salary": 100}, {"name": "bob", "dept": "ops", "salary": 80},
         {"name": "cat", "dept": "eng", "salary": 120}]
by_dept = {}
for u in users:
    by_dept.setdefault(u["dept"], []).append(u["name"])
print(by_dept)
print({u["name"]: u["salary"] for u in users if u["salary"] > 90})
print({d: sum(u["salary"] for u in users if u["dept"] == d) for d in sorted({u["dept"] for u in users})})
print([(i, j) for i in range(3) for j in range(i)], [[i * j for j in range(3)] for i in range(2)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row if x % 2])
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, dict.fromkeys("abc", 0), dict(zip("ab", range(2))), {**inv, 3: "c"}, inv | {1: "z"})
d = {"x": 1}
d.update(y=2); d.update([("z", 3)])
print(d, d.pop("x"), d.pop("nope", None), d.setdefault("w", []), d, list(d.items())[-1])
print(sorted(d, key=d.get if False else None), len({i % 3 for i in range(10)}), {k: v for k, v in sorted({"b": 2, "a": 1}.items())})
print(d.keys() & {"y", "q"}, d.keys() - {"y"}, list(reversed(d)), d.get("y", 0) + 1)
x = 10
print([x for x in range(3)], x)
