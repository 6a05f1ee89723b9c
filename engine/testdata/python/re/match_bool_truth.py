import re
m = re.match("x", "x")
if m:
    print("truthy", m.group())
print(bool(re.match("", "")), re.match("y", "x") is None, [bool(re.search(p, "abc")) for p in ["a", "d", "^c", "c$"]])
