import re
s = "a,b,,c,"
print(s.split(","), re.split(",", s), "a  b".split(), re.split(r"\s+", " a  b "), re.split(r"\s+", " a  b ".strip()))
print(s.replace(",", ";"), re.sub(",", ";", s), s.count(","), len(re.findall(",", s)))
