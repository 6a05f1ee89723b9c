import re
s = ("word " * 2000) + "end"
print(len(re.findall(r"\w+", s)), re.search(r"end$", s).span(), len(re.sub(r"\s+", "", s)))
print(re.match(r".*end", s).end(), re.match(r"(?:word )*end", s).end(), re.match(r"(word )+", s).group(1))
