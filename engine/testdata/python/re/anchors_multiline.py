import re
text = "first line\nsecond line\n\nfourth"
print(re.findall(r"^\w+", text, re.M), re.findall(r"\w+$", text, re.M), re.findall(r"^$", text, re.M))
print(re.findall(r"^", "a\nb\n", re.M), [m.span() for m in re.finditer(r"$", "a\nb\n", re.M)])
print([m.span() for m in re.finditer(r"$", "a\nb\n")], re.findall(r"\Z", "ab\n"), re.findall(r"\A\w", text, re.M))
print(re.search("a$", "a\n\n"), re.search("a$", "a\n"), re.search("(?m)a$", "a\n\n").span())
