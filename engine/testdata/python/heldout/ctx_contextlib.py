from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    {}["k"]
print("after")
with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
    print("never")
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"s{i}"))
    stack.callback(print, "callback")
with nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
