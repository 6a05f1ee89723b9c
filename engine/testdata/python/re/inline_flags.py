import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.findall("(?i)a", "aA"), re.findall("(?m)^x", "x\nx"), re.findall("(?s).", "\n"), re.findall("(?a)\\w", "éa"))
print(re.compile("(?im)x").flags, re.compile("(?x)x").flags, re.compile("(?a)x").flags)
print(re.match("(?i:a)b", "Ab"), re.match("(?i:a)b", "AB"), re.match("(?-i:a)b", "aB", re.I))
for bad in ["x(?i)", "(?i)(?m)x", "(?L)x", "(?au)x", "(?i-:x)", "(?-a:x)", "(?q)", "(?i", "(?-", "(?-i", "(?t:x)"]:
    print(repr(bad), t(re.compile, bad))
