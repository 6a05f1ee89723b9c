import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.match("a{", "a{").group(), re.match("a{x}", "a{x}").group(), re.match("a{1", "a{1").group(), re.match("{", "{").group())
print(re.match("a{,}", "a{,}"), re.match("a{,}", "aaa").group(), re.match("x{}", "x{}").group(), re.match("a{ 1}", "a{ 1}").group())
print(re.findall("a{2}", "aaaaa"), re.match("a{0,0}b", "b").group(), re.match("(ab){2}", "ababab").group(1))
print(t(re.compile, "a{4294967295}"), t(re.compile, "a{2,1}"), t(re.compile, "{1}"))
