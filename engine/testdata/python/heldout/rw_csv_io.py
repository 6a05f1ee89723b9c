# plain-Python parts of realworld scripts: csv through io.StringIO
import csv, io
src = io.StringIO("id,name,price\n1,apple,1.5\n2,\"pear, green\",0.75\n3,fig,\n")
rows = list(csv.DictReader(src))
print(rows)
print([float(r["price"]) if r["price"] else None for r in rows])
out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "name", "note"])
w.writerows([(1, "a", 'say "hi"'), (2, "b,c", None), (3, "d", 1.5)])
print(repr(out.getvalue()))
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["name", "qty"], lineterminator="\n")
dw.writeheader()
dw.writerow({"name": "x", "qty": 2})
print(out2.getvalue(), end="")
for row in csv.reader(["a;b;c", "1;2;3"], delimiter=";"):
    print(row)
