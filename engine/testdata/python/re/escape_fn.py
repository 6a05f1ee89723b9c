import re
print(re.escape("a.b*c"), re.escape("1+1=2"), re.escape("hello world"), re.escape("_-#~&"))
print(re.escape("é€\t\n"), re.escape(b"a.b"), re.escape(""))
for s in ["a.b", "(x)", "[y]", "$5", "\\"]:
    print(bool(re.fullmatch(re.escape(s), s)))
