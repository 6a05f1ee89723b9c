from contextlib import suppress, contextmanager
with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("after")
@contextmanager
def managed(name):
    print("acquire", name)
    yield name
    print("release", name)
with managed("a") as a, managed("b") as b:
    print("both", a, b)
