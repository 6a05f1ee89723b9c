import csv, io
data = "name,age,city\nann,30,Oslo\n\nbob,25\ncid,40,Rome,extra1,extra2\n"
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(data), restkey="more", restval="?")
print(list(r))
r = csv.DictReader(["1,2", "3,4,5"], fieldnames=["a", "b"])
print(r.fieldnames, [dict(x) for x in r])
print(csv.DictReader([]).fieldnames, list(csv.DictReader([])), list(csv.DictReader(["h"])))
r = csv.DictReader(["x;y", "1;2"], delimiter=";")
print(next(r), type(r).__name__)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "name"], restval="-")
w.writeheader()
w.writerow({"id": 1})
w.writerows([{"name": "a,b", "id": 2}, {"id": 3, "name": None}])
print(repr(out.getvalue()))
try:
    w.writerow({"id": 4, "bad": 1, "worse": 2, "zz": 0, "a": 1, "q": 9})
except ValueError as e:
    print("ValueError", e)
w2 = csv.DictWriter(out, ["id"], extrasaction="ignore")
w2.writerow({"id": 5, "bad": 1})
print(repr(out.getvalue()[-5:]), w2.fieldnames, w2.extrasaction)
try:
    csv.DictWriter(out, ["a"], extrasaction="nope")
except ValueError as e:
    print("ValueError", e)
lines = []
class Sink:
    def write(self, s):
        lines.append(s)
        return len(s)
print(csv.writer(Sink()).writerow(["a", 1]), lines)
