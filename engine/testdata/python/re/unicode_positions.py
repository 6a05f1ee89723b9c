import re
s = "naïve café — résumé"
for m in re.finditer(r"\w+", s):
    print(m.span(), m.group(), s[m.start():m.end()] == m.group())
print(re.search("—", s).span(), re.sub(r"é", "e", s), len(re.findall(".", s)))
print(re.match("(.)(.)", "😀x").groups(), re.match(".", "😀").span())
