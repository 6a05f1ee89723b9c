from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing


class Transaction:
    def __init__(self, name):
        self.name = name
        self.log = []

    def __enter__(self):
        print(f"BEGIN {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"COMMIT {self.name}")
        else:
            print(f"ROLLBACK {self.name}: {exc_type.__name__}: {exc}")
        return exc_type is KeyError


with Transaction("t1") as t:
    t.log.append(1)
with Transaction("t2"):
    {}["k"]
try:
    with Transaction("t3"):
        raise ValueError("bad")
except ValueError as e:
    print("propagated", e)


@contextmanager
def session_scope(name):
    print("open", name)
    try:
        yield name.upper()
        print("commit", name)
    except Exception as e:
        print("rollback", name, repr(e))
        raise
    finally:
        print("close", name)


with session_scope("s1") as s:
    print("using", s)
with suppress(RuntimeError):
    with session_scope("s2"):
        raise RuntimeError("x")
with ExitStack() as stack:
    names = [stack.enter_context(session_scope(n)) for n in "ab"]
    stack.callback(print, "callback ran")
    print(names)
with nullcontext(5) as v:
    print(v)


class Res:
    def close(self):
        print("closed")


with closing(Res()):
    print("inside")
