import re
for s in ["abc", "abc\n", "abc\n\n", "ab\nc"]:
    print(repr(s), bool(re.search("c$", s)), bool(re.search("c\\Z", s)), bool(re.fullmatch("abc", s)), bool(re.match("abc$", s)), bool(re.search("^c", s, re.M)))
