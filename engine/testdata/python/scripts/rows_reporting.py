# what scripts do with query results: group, sort, format tables, aggregate
import itertools, operator, collections
from decimal import Decimal, ROUND_HALF_UP
Row = collections.namedtuple("Row", "id name dept salary")
rows = [Row(1, "ann", "eng", Decimal("120.50")), Row(2, "bob", "ops", Decimal("80")),
        Row(3, "cy", "eng", Decimal("99.995")), Row(4, "di", "ops", Decimal("80"))]
for dept, grp in itertools.groupby(sorted(rows, key=operator.attrgetter("dept")), key=lambda r: r.dept):
    grp = list(grp)
    total = sum((r.salary for r in grp), Decimal(0))
    print(f"{dept:<5}|{len(grp):>2}|{total:>10.2f}|{max(grp, key=lambda r: r.salary).name}")
print(sorted(rows, key=lambda r: (-r.salary, r.name))[0]._asdict())
print(dict(collections.Counter(r.dept for r in rows)), rows[0]._replace(name="ANN"))
print([r.salary.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for r in rows])
print(sum(float(r.salary) for r in rows) / len(rows))
by_id = {r.id: r for r in rows}
print(by_id[3].name, list(map(operator.itemgetter(1), rows)), [*zip(*[(r.id, r.name) for r in rows])])
header = ("id", "name", "salary")
print(" | ".join(h.upper().ljust(6) for h in header))
for r in rows[:2]:
    print(" | ".join(str(v).ljust(6) for v in (r.id, r.name, r.salary)))
print("{:,}".format(1234567), "{:.1%}".format(0.256), "{:>+8.3f}".format(-3.14159), "%-6s|%5.1f" % ("x", 2.25))
