import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.findall(rb"\d+", b"a12b345"), re.sub(rb"a", b"x", b"banana"), re.split(rb",", b"a,b"))
m = re.match(rb"(?P<k>\w+)=(\w+)", b"key=val")
print(m, m.groups(), m.groupdict(), m.group("k"), m.span(2), m.expand(rb"\2:\1"))
print(re.findall(rb"\w", "é".encode()), re.findall(rb"(?i)A", b"aA"), re.match(rb".", b"\xff"))
print(re.sub(rb"\d", lambda m: m.group() * 2, b"a1b2"), t(re.sub, rb"\d", lambda m: "x", b"1"))
print(t(re.compile, rb"\u0041"), t(re.compile, b"(?u)x"), re.compile(rb"(?L)x" if False else rb"x").flags)
