# with-statement suppression and exit order; generator close/throw/return values; nested managers
from contextlib import contextmanager, suppress, ExitStack, nullcontext

class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print("enter", self.name); return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow

with CM("a") as a, CM("b", swallow=True) as b:
    print("body", a, b)
    raise KeyError("k")
print("after 1")
try:
    with CM("outer"), CM("inner"):
        raise ValueError("v")
except ValueError as e:
    print("caught", repr(e))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with ExitStack() as st:
    for n in "xyz":
        st.enter_context(CM(n))
    st.callback(print, "callback ran")
    print("stack body")
with nullcontext(5) as v:
    print("null", v)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except IndexError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print(t)
with tag("q"):
    [][0]
try:
    with tag("r"):
        raise TypeError("t")
except TypeError as e:
    print("propagated", e)

def gen():
    try:
        x = yield 1
        print("sent", x)
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    finally:
        print("gen finally")
    return "done"

g = gen()
print(next(g), g.send("hi"), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("return value", e.value)
g = gen()
next(g)
g.close()
print(g.gi_running if hasattr(g, "gi_running") else None, list(g))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print([next(c), next(c), c.send("reset"), next(c)])
def sub():
    r = yield "s1"
    return f"sub got {r}"
def outer():
    res = yield from sub()
    yield res
o = outer()
print(next(o), o.send("X"))
