# re.Pattern and re.Match name themselves with their module in CPython's messages.
import re
p = re.compile(r"(?P<word>\w+)-(\d+)")
m = p.search("abc-12")
for o in (p, m):
    for name in ("nosuch", "group", "groups", "pattern", "flags", "string", "matches", "__len__"):
        try:
            getattr(o, name)
            print(type(o).__name__, name, "ok")
        except AttributeError as e:
            print(type(o).__name__, name, e)
print(m.group("word"), m.span(2), p.groups, sorted(p.groupindex))
for t in (re.Pattern, re.Match):
    try:
        t.nosuch
    except AttributeError as e:
        print(e)
