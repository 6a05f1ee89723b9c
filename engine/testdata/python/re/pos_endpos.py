import re
p = re.compile(r"\w+")
print(p.search("ab cd", 2), p.search("ab cd", 3), p.search("ab cd", 2, 4), p.match("ab cd", 3))
print(p.search("abc", -5), p.search("abc", 10), p.search("abc", 1, 100), p.match("abc", 2, 1))
print(p.findall("ab cd ef", 1, 7), [m.span() for m in p.finditer("ab cd", 1)])
m = p.search("hello", 1, 3)
print(m.pos, m.endpos, m.string, m.group())
print(re.compile("$").search("ab", 0, 1).span(), re.compile("^").findall("ab", 1))
