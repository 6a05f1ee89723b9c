import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(t(re.match, "a", 5), t(re.match, 5, "a"), t(re.match, "a", b"a"), t(re.match, b"a", "a"))
print(t(re.sub, "a", 5, "a"), t(re.compile, re.compile("a"), re.I), t(re.findall, "a", None))
print(t(re.sub, b"a", "x", b"a"), t(re.compile, "x", re.LOCALE), t(re.compile, "x", re.A | re.U))
print(t(re.compile("a").match), t(re.match, "a"))
