import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(re.sub("a", "\\\\", "a"), re.sub("a", r"\\", "a"), re.sub("a", "$1", "a"), re.sub("(a)", r"\g<1>0", "a"))
print(re.sub("a", "\n", "a") == "\n", re.sub("a", r"\n", "a") == "\n", re.sub("a", "x\\", "a") if False else "")
print(t(re.sub, "a", "x\\", "a"), t(re.sub, "(a)", r"\g<-1>", "a"), t(re.sub, "(a)", r"\g<01>", "a"))
