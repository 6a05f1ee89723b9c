import re
s = "aXbXc"
print([re.search("X", s[i:]) and re.search("X", s[i:]).start() for i in range(len(s))])
print([m.span() for m in re.finditer("X|", s)], re.split("X|", s), re.sub("X|", "_", s))
