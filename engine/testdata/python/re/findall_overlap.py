import re
print(re.findall("aa", "aaaa"), re.findall("(?=(aa))", "aaaa"), [m.start() for m in re.finditer("(?=aba)", "abababa")])
print(re.findall(r"\d{2}", "12345"), re.findall(r"(?=(\d{2}))", "12345"))
