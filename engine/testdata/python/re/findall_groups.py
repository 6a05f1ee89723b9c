import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.findall(r"\d", "a1b2c3"))
print(re.findall(r"(\d)(\w)", "1a2b3"))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"(x)?y", "y xy"))
print(re.findall(r"", "ab"))
print(re.findall(r"a*", "baaac"))
print(re.findall(r"(?:ab)+", "ababxab"))
print(re.findall(r"((a)(b))", "abab"))
print(t(re.findall, r"\w+", 123))
