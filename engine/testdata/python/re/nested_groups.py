import re
m = re.match(r"((a)(b(c)))(d)?", "abc")
print(m.groups(), [m.span(i) for i in range(6)], m.lastindex)
m = re.match(r"(?P<outer>(?P<inner>x)y)", "xy")
print(m.groupdict(), m.lastgroup, m.lastindex, m.re.groupindex)
print(re.match(r"((\w)\2)+", "aabbc").groups(), re.findall(r"((\w)\2)", "aabbcd"))
