import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.match(r"\t\n\r\f\v\a", "\t\n\r\f\v\a").span(), re.match(r"\x41\u0042\U00000043", "ABC").group())
print(re.match(r"\0", "\0").span(), re.match(r"\012", "\n").span(), re.match(r"\.\*\+\?\(\)\[\]\{\}\|\^\$\\", ".*+?()[]{}|^$\\").span())
print(re.match(r"\-\#\ \'\"", "-# '\"").group(), re.match(r"\é", "é").group())
for bad in [r"\q", r"\e", r"\x", r"\xZ1", r"\u12G4", r"\U0011ffff", r"\k", "\\"]:
    print(repr(bad), t(re.compile, bad))
