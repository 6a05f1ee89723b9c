import re
print(re.findall("[0-9a-fA-F]+", "deadBEEF 0x1g"), re.findall("[+-]?[0-9]+", "+1 -2 3"), re.findall("[a-z0-9_.-]+", "a.b-c_d!"))
print(re.findall(r"[\^ab]", "^a"), re.findall("[a^]", "^a"), re.findall(r"[\\]", "\\"), re.findall("[ -/]", " !/0"))
print(re.findall("[\u0000-\u001f]", "a\tb\x00"), re.findall("[^\x00-\x7f]", "aé中b"))
