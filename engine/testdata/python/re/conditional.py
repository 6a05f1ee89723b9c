import re
def t(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = p.match(s)
    print(s, m and m.group(2))
print(re.match(r"(?P<q>')?x(?(q)')", "'x'").group(), re.match(r"(a)?(?(1)b|c)", "c").group())
for bad in ["(?(1)a|b|c)", "(?(0)a)", "(?(x)a)", "(?(-1)a)", "(?(2)a)(b)", "(?(1a)x)"]:
    print(repr(bad), t(re.compile, bad))
