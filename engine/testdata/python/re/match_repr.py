import re
print(re.match("a", "abc"), re.search(r"\d+", "x 123"), re.match("", "x"))
print(re.match(".*", "x" * 100))
print(re.match("'", "'"), re.match('"', '"'), re.match("\n", "\n"), re.match(b"ab", b"abc"))
m = re.match("(a)", "a")
print(type(m), type(m).__name__, bool(m), m.string, m.pos, m.endpos, m.re)
