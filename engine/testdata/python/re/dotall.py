import re
print(re.findall(".", "a\nb"), re.findall(".", "a\nb", re.S), re.findall("(?s).", "a\nb"))
print(re.match("a.*b", "a\n\nb"), re.match("a.*b", "a\n\nb", re.DOTALL).span(), re.match("(?s:a.)(.)", "a\n\n"))
print(re.findall("[^a]", "a\nb"), re.findall(r"[\s\S]", "a\n"))
