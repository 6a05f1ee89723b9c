import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", "2024-03")
print(m.group("year"), m["month"], m.group("day"), m.groupdict(), m.groupdict("?"))
print(m.start("month"), m.end("year"), m.span("day"), m.lastgroup, m.lastindex)
print(m.re.groupindex, m.re.groups, dict(m.re.groupindex))
print(re.match(r"(?P<a>x)(?P=a)", "xx").group(), re.match(r"(?P<a>x)(?P=a)", "xy"))
print(t(m.group, "nope"), t(m.group, 5), t(m.group, -1), t(m.start, "zz"))
for bad in [r"(?P<1>x)", r"(?P<a>x)(?P<a>y)", r"(?P=b)", r"(?P<a-b>x)", r"(?P<>x)", r"(?P<a", r"(?Px)"]:
    print(repr(bad), t(re.compile, bad))
