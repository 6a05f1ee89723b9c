def g():
    yield 1
it = g()
print(type(it).__name__, iter(it) is it)
print(hasattr(it, "__next__"), hasattr(it, "send"))
print(next(iter([]), "default"))
next(iter([]))
