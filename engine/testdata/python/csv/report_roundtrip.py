import csv, io
orders = [
    {"id": 1, "customer": "Ann O'Neil", "total": 12.5, "note": 'said "rush"'},
    {"id": 2, "customer": "Bob, Jr.", "total": 0, "note": ""},
    {"id": 3, "customer": "Cid\nNewline", "total": -3.25, "note": None},
]
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=list(orders[0]), quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
for o in orders:
    w.writerow(o)
text = buf.getvalue()
print(text, end="")
back = list(csv.DictReader(io.StringIO(text, newline=None) if False else io.StringIO(text), quoting=csv.QUOTE_NONNUMERIC))
print(back)
print(sum(r["total"] for r in back), [type(r["id"]).__name__ for r in back])
lines = text.splitlines(keepends=True)
print(len(lines), [r[1] for r in csv.reader(lines)])
