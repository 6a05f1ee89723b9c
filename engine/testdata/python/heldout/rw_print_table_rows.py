# plain-Python parts of realworld scripts: printing result rows
rows = [(1, "spongebob", "Spongebob Squarepants"), (2, "sandy", "Sandy Cheeks"), (3, "patrick", None)]
print("id | name | fullname")
for row in rows:
    print(row)
for id_, name, fullname in rows:
    print(f"{id_:>3} | {name:<10} | {fullname or '-':<22}|")
print("-" * 40)
print(*rows, sep="\n")
print(*[r[1] for r in rows])
print("Total:", len(rows), "rows", end="\n\n")
print("names:", ", ".join(name for _, name, _ in rows))
mapping = [dict(zip(("id", "name", "fullname"), r)) for r in rows]
for m in mapping:
    print(m)
print(list(map(lambda r: r[0], rows)), [r for r in rows if r[2]])
res = {r[0]: r[1:] for r in rows}
print(res)
print("\n".join("{:02d}. {}".format(i, r[1].title()) for i, r in enumerate(rows, start=1)))
print("=" * 10, "done", "=" * 10)
