lines = ["id,name,qty", "1,bolt,10", "2,nut,", "3,gear,4"]
def parse(lines):
    header = lines[0].split(",")
    for line in lines[1:]:
        yield dict(zip(header, line.split(",")))
def valid(rows):
    for r in rows:
        if r["qty"]:
            yield {**r, "qty": int(r["qty"])}
print([r["name"] for r in valid(parse(lines))])
print(sum(r["qty"] for r in valid(parse(lines))))
