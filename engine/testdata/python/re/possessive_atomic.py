import re
print(re.match("a*+a", "aaa"), re.match("a++b", "aaab").group(), re.match("(?>a+)b", "aab").group())
print(re.match("(?>a|ab)c", "abc"), re.match("(?:a|ab)c", "abc").group())
print(re.match("a?+a", "a"), re.match("a{1,2}+a", "aaa").group(), re.match("(?:ab)*+c", "ababc").group())
print(re.findall(r"\d++", "12 345"), re.match(r"(\w+)++x", "abcx"))
