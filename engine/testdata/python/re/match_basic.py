import re
for pat, s in [("abc", "abcdef"), ("abc", "xabc"), ("a.c", "a\nc"), ("", "x"), ("x*", ""), ("\\d+", "12ab"), ("[a-c]+", "cabd")]:
    m = re.match(pat, s)
    print(repr(pat), repr(s), m, m and m.span())
