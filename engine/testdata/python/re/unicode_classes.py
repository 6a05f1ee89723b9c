import re
s = "café ٣ 𝟘 ½ Ⅻ x_y naïve"
print(re.findall(r"\w+", s))
print(re.findall(r"\d", s), re.findall(r"\d", s, re.A))
print(re.findall(r"\w+", s, re.ASCII))
print(re.findall(r"\s", "a\u00a0b\u2003c\x1cd\x85e"), len(re.findall(r"\s", "a\u00a0b\u2003c\x1cd\x85e", re.A)))
print(re.findall(r"\W", "é-ü!"), re.findall(r"\bé\w*", "été été"), re.findall(r"\b\w", "naïve", re.A))
