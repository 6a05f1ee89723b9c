import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.search(r"(\w)\1", "abccd").group(), re.findall(r"(\w)\1", "aabbcd"))
print(re.match(r"(a)|\1", "x"), re.match(r"(a)?b\1", "b"))
print(re.match(r"(?i)(a)\1", "aA").group(), re.sub(r"(\w+) \1", r"\1", "the the cat"))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj").group())
print(re.match(r"(a)\01", "a\x01").group().encode())
print(repr(re.match(r"\101", "A").group()), re.match(r"[\101-\103]+", "ABCD").group())
for bad in [r"\1", r"(a)\2", r"(a\1)", r"\8", r"(a)\400"]:
    print(repr(bad), t(re.compile, bad))
