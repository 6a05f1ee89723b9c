import string
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2))
print(list(f.parse("a{b}c{d:>3}")))
