import io
import sys
from contextlib import ExitStack, contextmanager, redirect_stdout, suppress


@contextmanager
def traced(name):
    print("enter", name)
    try:
        yield name
    except KeyError as e:
        print("swallowed", repr(e))
    finally:
        print("exit", name)


@traced("deco")
def work(x):
    print("work", x)
    return x * 2


print(work(3), work(4))
with traced("k"):
    {}["missing"]
print("after k")


@contextmanager
def convert():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e


try:
    with convert():
        raise ValueError("orig")
except TypeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


@contextmanager
def no_yield():
    if False:
        yield


for cm in [no_yield()]:
    try:
        with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
with suppress(LookupError):
    [][0]
print("suppressed subclass")
try:
    with suppress():
        1 / 0
except ZeroDivisionError:
    print("empty suppress lets it through")


class Res:
    def __init__(self, n, swallow=False):
        self.n, self.swallow = n, swallow

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return self.swallow


with ExitStack() as st:
    st.enter_context(Res(1, swallow=True))
    st.enter_context(Res(2))
    st.callback(lambda: print("cb"))
    raise KeyError("x")
print("stack swallowed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden", 1)
    inner = io.StringIO()
    with redirect_stdout(inner):
        print("deeper")
    print("back")
print(repr(buf.getvalue()), repr(inner.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("nowhere")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
s = io.StringIO("a\nb\nc")
print(s.readline(), s.read(), s.tell(), list(io.StringIO("x\ny\n")), s.seek(0), s.read(2))
s.write("ZZ")
print(s.getvalue())
s.close()
try:
    s.read()
except ValueError as e:
    print("ValueError", e)
