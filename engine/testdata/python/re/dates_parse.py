import re
DATE = re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")
s = "born 5/11/1990, married 21/6/2015, bad 1/2/33"
for m in DATE.finditer(s):
    print(m.group(), {k: int(v) for k, v in m.groupdict().items()}, m.span())
print(DATE.sub(r"\g<y>-\g<m>-\g<d>", s))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", lambda m: "/".join(reversed(m.groups())), "2024-01-31"))
