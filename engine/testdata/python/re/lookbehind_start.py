import re
p = re.compile(r"(?<=a)b")
print(p.search("ab", 1), p.match("ab", 1), p.search("b"), re.compile(r"^b").search("ab", 1))
print(re.compile(r"\Ab").search("ab", 1), re.compile(r"b$").search("abc", 0, 2), re.compile(r"\bb").search("ab", 1))
