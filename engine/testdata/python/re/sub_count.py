import re
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=0), re.sub("a", "b", "aaaa", count=-1))
print(re.subn("a", "b", "aaaa"), re.subn("z", "b", "aaaa"), re.subn("", "-", "ab", 2))
p = re.compile("a")
print(p.sub("x", "banana", 1), p.subn("x", "banana"))
