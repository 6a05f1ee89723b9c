import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
m = re.match(r"(\w+) (\w+)(x)?", "Isaac Newton, physicist")
print(m.group(0), m.group(1, 2), m.group(1, 3), m[0], m[2], m.groups(), m.groups("-"))
print(m.start(), m.end(), m.span(), m.start(2), m.end(3), m.span(3), m.lastindex, m.lastgroup)
print(m.regs, m.expand(r"\2, \1"), m.expand(r"\g<2>!\3"), t(m.expand, r"\4"))
print(t(m.group, 4), t(m.__getitem__, 9), m.group(True), t(m.group, 1.0))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)?", "a").lastindex, re.match("a", "a").lastindex)
print(re.match(r"(?P<x>a)(?P<y>b)", "ab").lastgroup, re.match(r"(?P<x>a)(b)", "ab").lastgroup)
