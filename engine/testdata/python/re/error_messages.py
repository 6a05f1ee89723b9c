import re
for p in ["a(b", "a)b", "*a", "a**", "a{2}{3}", "(?<x)", "(?", "(?z)", "a{3,1}", "x\\", "[b-a]",
          "(?i", "(?-)", "(?i-i:x)", "a|*", "^*", "(?P<n>a)(?P<n>b)", r"\x4", r"\u12", r"\c", "(?#abc", "a)", "(?<", "(?P"]:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
