import re
print(re.findall("abc", "ABC aBc abc", re.I), re.findall("[a-c]+", "ABCabcD", re.I), re.findall("[^a-c]", "AbD", re.I))
print(re.match("(?i)straße", "STRASSE"), re.match("(?i)é", "É"), re.match("é", "É", re.I | re.A))
print(re.match("(?i)k", "\u212a"), re.match("(?i)s", "\u017f"), re.match("(?i)[k]", "\u212a"), re.match("(?i)ǆ", "ǅ"))
print(re.findall("(?i)[A-Z]", "aZ_1"), re.findall(r"(?i)\w", "Ab_"), re.match("a(?i:b)c", "aBc"), re.match("a(?i:b)c", "aBC"))
print(re.match("(?i)a(?-i:b)", "Ab"), re.match("(?i)a(?-i:b)", "AB"), re.match("(?i)[^x]", "X"))
