# source: report scripts that split comma lines by hand, group by a column and print aligned totals (sales/expenses summaries)
DATA = """region,product,units,price
North,Widget,12,2.50
South,Gadget,3,10.00
North,Gadget,7,10.00
East,Widget,,2.50
South,Widget,20,2.45
North,Widget,5,2.50
West,Doohickey,1,99.99
"""

lines = DATA.strip().splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
skipped = []
totals = {}
for lineno, row in enumerate(rows, start=2):
    try:
        units = int(row["units"])
    except ValueError:
        skipped.append((lineno, row["units"]))
        continue
    amount = units * float(row["price"])
    key = (row["region"], row["product"])
    totals[key] = totals.get(key, 0) + amount
print(f"{'Region':<8}{'Product':<11}{'Amount':>10}")
print("-" * 29)
for (region, product), amount in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{region:<8}{product:<11}{amount:>10.2f}")
print("-" * 29)
print(f"{'':<19}{sum(totals.values()):>10.2f}")
print("skipped:", skipped)
by_region = {}
for (region, _), amount in totals.items():
    by_region.setdefault(region, []).append(amount)
print({r: round(sum(v), 2) for r, v in sorted(by_region.items())})
print(header, len(rows), rows[0])
print(",".join(f'"{h}"' if " " in h else h for h in header + ["unit price"]))
