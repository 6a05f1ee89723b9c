import re
s = "line1\nline2\nline3"
print(re.findall(".*", s), re.findall(".+", s), re.findall("(?s).+", s))
print(re.sub(".*", "X", "ab"), re.sub(".*", "X", "ab\ncd"), re.sub("(?m)^.*$", "X", "a\n\nb"))
