records = [
    {"name": "ann", "dept": "eng", "salary": 120},
    {"name": "bob", "dept": "ops", "salary": 90},
    {"name": "cy", "dept": "eng", "salary": 100},
    {"name": "di", "dept": "ops", "salary": 90},
]
for r in sorted(records, key=lambda r: (r["dept"], -r["salary"], r["name"])):
    print(r["dept"], r["name"], r["salary"])
best = {}
for r in records:
    if r["salary"] > best.get(r["dept"], {"salary": -1})["salary"]:
        best[r["dept"]] = r
print({d: r["name"] for d, r in best.items()})
