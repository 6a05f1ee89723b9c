import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.findall("^a.", "ab\nAc\na\n", re.I | re.M | re.S))
print(re.findall("^a.", "ab\nAc\na\n", flags=re.I | re.M), re.findall("a", "A", 2), t(re.compile, "a", "x"), t(re.compile, "a", 1.5))
print(re.compile("a", re.RegexFlag(2)).flags, re.compile("a", re.I).match("A").re.flags, re.compile("a", re.NOFLAG).flags)
