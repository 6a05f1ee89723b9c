import re
s = "<a><b><c>"
print(re.match("<.*>", s).group(), re.match("<.*?>", s).group(), re.match("<.+?>+", s).group())
print(re.match("a{2,}", "aaaa").group(), re.match("a{2,}?", "aaaa").group(), re.match("a{,2}", "aaaa").group())
print(re.match("a??b", "ab").group(), re.match("(a+?)(a*)", "aaa").groups(), re.match("(a*?)(a*?)$", "aa").groups())
print(re.findall("a{3}", "aaaaaaa"), re.findall("a{1,2}?", "aaa"), re.match("x{0}y", "y").group())
print(re.match("a{2,1}" if False else "a{1,3}b", "aaab").group())
