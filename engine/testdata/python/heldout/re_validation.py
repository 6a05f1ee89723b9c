import re
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.-]+$")
for e in ["a@b.co", "bad@", "x.y+z@mail.example.org", "no at.com", "a@b"]:
    print(e, bool(EMAIL.match(e)))
PHONE = re.compile(r"\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})")
for p in ["(555) 123-4567", "555.123.4567", "5551234567", "12-34"]:
    m = PHONE.search(p)
    print(p, "-".join(m.groups()) if m else None)
print(re.match(r"(\d+)\.(\d+)\.(\d+)", "1.22.333").groups(), tuple(map(int, re.findall(r"\d+", "v1.2.10"))))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.findall(r"\b\w{5,}\b", "short words and longer ones here"), re.findall(r"[aeiou]", "education", flags=re.I))
p = re.compile(r"(?P<key>[a-z_]+)\s*=\s*(?P<val>\"[^\"]*\"|\S+)")
print([(m["key"], m["val"]) for m in p.finditer('name = "John Smith" age=42 city= "NYC"')])
print(re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group(), re.search(r"(\w+)\s\1", "hello hello world").group(1))
print(re.compile("x").flags, re.I | re.M, re.IGNORECASE == re.I)
