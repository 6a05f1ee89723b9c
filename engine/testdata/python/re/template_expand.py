import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.expand(r"\g<last>, \g<first>"), m.expand(r"\2 \1"), m.expand("no refs"), m.expand(r"\g<0>!"))
print(t(m.expand, r"\g<middle>"), t(m.expand, r"\3"), t(m.expand, "\\"))
m2 = re.match(r"(a)|(b)", "b")
print(repr(m2.expand(r"[\1][\2]")))
