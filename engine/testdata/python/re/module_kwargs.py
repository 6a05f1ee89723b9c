import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.search(pattern="b", string="abc").span(), re.sub(pattern="a", repl="b", string="aa", count=1))
print(re.split(pattern=",", string="a,b", maxsplit=1, flags=0), re.findall("A", "a", flags=re.I))
print(t(re.search, "a"), t(re.search, "a", "a", 0, 1), t(re.sub, "a", "b"), t(re.compile, "a", bogus=1))
