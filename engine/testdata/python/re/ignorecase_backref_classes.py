import re
print(re.findall(r"(?i)(\w)\1", "aA Bb cd"), re.sub(r"(?i)\b(\w+) \1\b", r"\1", "Hello hello World"))
print(re.match(r"(?i)[^\W\d]+", "ÀbC1"), re.findall(r"(?i)[^a]", "aAbB"), re.findall(r"(?i)[\da-f]+", "DeadBeef 12 xyz"))
