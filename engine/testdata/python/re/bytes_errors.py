import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for bad in [rb"(", rb"[z-a]", rb"\q", "(é".encode("latin-1"), rb"(?P<1>x)"]:
    print(repr(bad), t(re.compile, bad))
print(t(re.compile, "(é"), t(re.compile, "é)"))
print(re.compile(b"a").pattern, re.compile(b"[\xe9]").match(b"\xe9"), re.search(rb"\s", b"a\x85b"), re.search(r"\s", "a\x85b"))
