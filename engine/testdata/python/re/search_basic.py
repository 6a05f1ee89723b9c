import re
print(re.search("b+", "abbbc"), re.search("z", "abc"), re.search("", "abc"), re.search("$", "abc"))
print(re.search("c$", "abc\n"), re.search("c\\Z", "abc\n"), re.search("^b", "a\nb"), re.search("^b", "a\nb", re.M))
print(re.search(r"\bfoo\b", "a foo b").span(), re.search(r"\Bfoo", "afoo").span(), re.search(r"\bfoo", "afoo"))
