import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
class Rep:
    def __init__(self): self.n = 0
    def __call__(self, m):
        self.n += 1
        return f"<{self.n}:{m.group()}>"
r = Rep()
print(re.sub(r"\w+", r, "a bb ccc"), r.n)
d = {"cat": "dog", "dog": "cat"}
print(re.sub(r"\b(cat|dog)\b", lambda m: d[m.group(1)], "cat chases dog"))
print(re.sub("a", str.upper, "banana") if False else re.sub("(a)", lambda m: m.expand(r"[\1]"), "banana"))
print(t(re.sub, "a", lambda m: m.group(5), "a"), t(re.sub, "a", lambda: "x", "a"))
