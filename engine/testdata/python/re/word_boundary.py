import re
print(re.findall(r"\b\w", "one two-three four_five"), re.findall(r"\w\b", "one two."), re.findall(r"\B\w\B", "abc de"))
print(re.search(r"\b", ""), re.search(r"\B", ""), re.search(r"\B", "a"), re.findall(r"\B", "ab"), re.findall(r"\b", " "))
print(re.sub(r"\bcat\b", "dog", "cat concat cat. Cat"), re.findall(r"\b\d+\b", "12 a34 56b 78"))
