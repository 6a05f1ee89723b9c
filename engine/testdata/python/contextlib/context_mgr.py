from contextlib import contextmanager, suppress, redirect_stdout, ExitStack, nullcontext, closing
import io
class Timer:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError
with Timer() as t:
    print("inside", type(t).__name__)
with Timer():
    raise KeyError("swallowed")
print("after")
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print(f"</{name}>")
with tag("b") as up, tag("i"):
    print("text", up)
with tag("p"):
    raise ValueError("inside p")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with ExitStack() as stack:
    for n in "xy":
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
    print("body")
with nullcontext(5) as v:
    print(v)
class Res:
    def close(self):
        print("closed")
with closing(Res()):
    pass
try:
    with Timer():
        raise ValueError("propagates")
except ValueError as e:
    print("outer", e)
