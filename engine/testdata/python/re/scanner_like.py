import re
spec = [("NUMBER", r"\d+"), ("ID", r"[a-z]+"), ("OP", r"[+*]"), ("WS", r"\s+"), ("BAD", r".")]
master = re.compile("|".join("(?P<%s>%s)" % p for p in spec))
print([(m.lastgroup, m.group()) for m in master.finditer("ab + 12*c !") if m.lastgroup != "WS"])
print(master.groupindex)
