import re
for m in re.finditer(r"\w+", "hello big  world"):
    print(m.span(), m.group(), m.start(), m.end())
it = re.finditer("a", "banana")
print(type(it).__name__, next(it).span(), [m.span() for m in it])
print([m.span() for m in re.finditer(r"\b", "ab cd")])
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.group() for m in re.compile("a.").finditer("abacad", 1, 5)])
