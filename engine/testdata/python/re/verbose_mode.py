import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
pat = re.compile(r"""
    (?P<int>\d+)     # the integer part
    (?:\.(?P<frac>\d+))?  # optional fraction
    \ [a-z]+  # a literal space then a word
    [ ]x  # a space in a class
""", re.VERBOSE)
m = pat.match("3.14 pi x")
print(m and m.groupdict())
print(re.match("(?x) a b # comment", "ab").group(), re.match("(?x)a\\ b", "a b").group())
print(t(re.compile, "a(?x)b"), re.match("(?x: a b )c", "abc").group())
print(re.compile("(?x)a", re.I).flags == re.I | re.X | re.U)
