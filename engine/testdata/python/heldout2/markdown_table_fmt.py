# source: markdown/ASCII table printers (column widths from max len, alignment by type) used in README generators
def md_table(headers, rows):
    cols = list(zip(headers, *rows))
    widths = [max(len(str(v)) for v in col) for col in cols]
    numeric = [all(isinstance(v, (int, float)) for v in col[1:]) for col in cols]
    def cell(v, w, num):
        return f"{v:>{w}}" if num else f"{v!s:<{w}}"
    lines = ["| " + " | ".join(f"{h:<{w}}" for h, w in zip(headers, widths)) + " |"]
    lines.append("|" + "|".join(("-" * (w + 1) + ":") if n else (":" + "-" * (w + 1)) for w, n in zip(widths, numeric)) + "|")
    for r in rows:
        lines.append("| " + " | ".join(cell(v, w, n) for v, w, n in zip(r, widths, numeric)) + " |")
    return "\n".join(lines)

rows = [("numpy", 1.26, 12000), ("pandas", 2.1, 9800), ("sqlalchemy", 2.0, 4200), ("attrs", 23.2, 300)]
print(md_table(["package", "version", "stars"], rows))
print(md_table(["k", "v"], [("None", None), ("bool", True), ("float", 0.1)]))
print("{:^10}|{:*<6}|{:#>5}|{:=+8.2f}|{:,}".format("mid", "L", "R", 3.14159, 9876543))
print("{0}{1}{0}".format("ab", "-"), "{name}={value!r}".format(name="k", value="v"), "{0[1]} {1[x]}".format([5, 6], {"x": 7}))
print("{:>{w}.{p}f}".format(2.71828, w=10, p=3), "%-6s|%6s|%06.2f|%x|%o|%e|%%" % ("ab", "cd", 3.14159, 255, 8, 12345.678))
print("%(a)s and %(b)05d" % {"a": "x", "b": 42}, "%c%c" % (72, "i"), "%r" % ("q",), "%.3s" % "abcdef", "%*d" % (5, 42))
