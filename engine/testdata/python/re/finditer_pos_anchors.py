import re
p = re.compile(r"^\w|(?<=\s)\w|\b\w")
print([m.span() for m in p.finditer("ab cd", 1)], [m.group() for m in p.finditer("ab cd", 3)])
p2 = re.compile(r"\w+$")
print(p2.search("ab cd", 0, 4), p2.findall("ab\ncd", 0, 2), re.compile(r"\Z").search("abc", 0, 1).span())
