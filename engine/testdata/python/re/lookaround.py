import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"(?<=\$)\d+", "$10 and $20"))
print(re.findall(r"\b(?!un)\w+", "undo redo unit do"), re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"))
print(re.sub(r"(?<=\d)(?=(\d{3})+\b)", ",", "1234567 and 1234"))
print(re.match(r"(?=(a+))a*b\1", "baaabac"), re.search(r"(?=(a+))a*b\1", "baaabac").group())
m = re.match(r"(?=(\w+))", "abc")
print(m.span(), m.group(1))
print(re.match(r"(?!(a))b", "b").groups(), re.search(r"(?<=(a))b", "ab").groups())
print(re.search(r"(?<=ab|cd)x", "cdx").group())
for bad in [r"(?<=a+)b", r"(?<=a|bc)x", r"(?<=a*)", r"(?<!x{1,2})y", r"(?<=(a)\1)b"]:
    print(repr(bad), t(re.compile, bad))
