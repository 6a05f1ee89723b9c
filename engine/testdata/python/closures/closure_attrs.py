def outer(a):
    def inner():
        return a
    return inner
f = outer(7)
print(f.__name__, f.__qualname__)
print(f.__closure__[0].cell_contents)
print(outer.__code__.co_varnames if False else "")
print(f())
