# a local a comprehension reads is a cell: co_varnames leaves it out (CPython 3.11)
def outer(xs):
    k = 2
    return [x * k for x in xs]
print(outer.__code__.co_argcount)
print(outer.__code__.co_varnames)
