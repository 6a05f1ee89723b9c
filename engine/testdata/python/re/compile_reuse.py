import re
pats = [re.compile(p) for p in [r"\d+", r"[a-z]+", r"\s+"]]
s = "abc 123  def"
for p in pats:
    print(p.pattern, p.findall(s), p.sub("_", s), bool(p.search(s)))
print(sorted({re.compile("a"), re.compile("a"), re.compile("b")}, key=lambda p: p.pattern))
