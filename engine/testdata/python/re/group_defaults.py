import re
m = re.match(r"(a)?(b)?(?P<c>c)?", "b")
print(m.groups(), m.groups(0), m.groupdict(), m.groupdict(""), m.group(1), m.start(1), m.end(1), m.span(1))
print(m.group(0, 1, 2, "c"), m[1], m["c"], m.lastindex, m.lastgroup)
