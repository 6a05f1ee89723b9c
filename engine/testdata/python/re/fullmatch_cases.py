import re
for pat, s in [("a|ab", "ab"), ("a*", "aaa"), ("a*?", "aaa"), ("a+b?", "aab"), ("(a|ab)(c|bcd)", "abcd"), ("x", ""), ("", "")]:
    m = re.fullmatch(pat, s)
    print(pat, s, m and m.group(), m and m.groups())
p = re.compile("o+")
print(p.fullmatch("foo", 1), p.fullmatch("fooo", 1, 3), p.fullmatch("foo", 2, 2))
