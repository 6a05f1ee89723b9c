import re
p = re.compile(r"(\w)(\d)")
print(p.search("ab1"), p.match("a1"), p.fullmatch("a1"), p.findall("a1b2"), [m.groups() for m in p.finditer("a1 b2")])
print(p.sub(r"\2\1", "a1b2"), p.subn(r"\2\1", "a1b2"), p.split("xa1yb2z"), p.split("xa1yb2z", maxsplit=1))
print(p.search(string="zz a1"), p.sub(repl="-", string="a1", count=1))
