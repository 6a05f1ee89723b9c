import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
def up(m):
    return m.group().upper()
print(re.sub(r"[aeiou]", up, "education"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) + 1), "v9 and 99"))
print(re.sub("a", lambda m: None, "banana"))
print(t(re.sub, "a", lambda m: 1, "banana"))
print(re.subn(r"o", lambda m: "0", "foo boo", count=3))
calls = []
re.sub(r"\w", lambda m: calls.append(m.span()) or "", "ab c")
print(calls)
