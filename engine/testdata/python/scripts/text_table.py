headers = ["id", "name", "score"]
rows = [(1, "ann", 9.5), (22, "bartholomew", 7.25), (333, "cy", 10)]
widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
line = "+".join("-" * (w + 2) for w in widths)
print(line)
print("|".join(f" {h:^{w}} " for h, w in zip(headers, widths)))
print(line)
for r in rows:
    print("|".join(f" {str(v):<{w}} " for v, w in zip(r, widths)))
