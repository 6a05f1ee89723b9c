import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.findall("[abc]", "abcd"), re.findall("[^abc]", "abcd"), re.findall("[a-]", "a-b"), re.findall("[-a]", "a-b"))
print(re.findall("[]a]", "]a"), re.findall("[^]]", "]x"), re.findall(r"[\]]", "]"), re.findall("[a\\-z]", "a-z"))
print(re.findall(r"[\d.]+", "1.5 and 2"), re.findall(r"[\w-]+", "a-b c_d"), re.findall(r"[^\W\d]+", "ab12cd"))
print(re.findall(r"[\x41-\x43]", "ABCD"), re.findall(r"[\u00e0-\u00e5]", "àáx"), re.findall(r"[\n\t]", "a\tb\n"))
print(re.findall(r"[.*+?]", "a.b*c+d?"), re.findall("[$^]", "a$^"), re.findall("[|]", "a|b"), re.findall(r"[\b]", "a\bb"))
for bad in ["[a", "[z-a]", r"[\d-z]", r"[a-\d]", "[", "[^", r"[\A]", r"[\q]"]:
    print(repr(bad), t(re.compile, bad))
