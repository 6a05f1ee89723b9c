import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<first>\w)(?P<rest>\w*)", r"\g<rest>\g<first>ay", "pig latin"))
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ab a"))
print(re.sub(r"x", r"\n\t\\", "x"), repr(re.sub("x", r"\-", "x")))
print(re.sub("(a)", r"\g<0>\g<1>", "a"))
for tpl in [r"\2", r"x\g<2>", r"\g<a>", r"\g<1a>", r"\g<", r"\g<>", r"\q", r"\400", r"\9", r"\08", r"\10"]:
    print(repr(tpl), repr(t(re.sub, "(a)", tpl, "a")))
