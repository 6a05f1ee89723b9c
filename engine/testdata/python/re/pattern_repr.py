import re
print(repr(re.compile("abc")), repr(re.compile("a'b")), repr(re.compile('a"b\'')))
print(re.compile("x", re.I | re.M), re.compile("x", re.S | re.X | re.A), re.compile(b"x"), re.compile(b"x", re.I))
print(re.compile("(?i)x"), re.compile("(?s)x").flags, re.compile(b"x").flags, re.compile("x", re.A).flags)
print(re.compile("a" * 300))
p = re.compile(r"(\d+)-(?P<n>\w)")
print(p.pattern, p.groups, p.groupindex, p.flags, type(p), type(p).__name__)
print(re.compile("x") == re.compile("x"), re.compile("x") == re.compile("x", re.I), re.compile("x") is re.compile("x"))
print(re.compile(p) is p)
