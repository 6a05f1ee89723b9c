# expect: refusal co_varnames of outer, whose locals a nested function or comprehension reads
def outer(xs):
    k = 2
    return [x * k for x in xs]
print(outer.__code__.co_argcount)
print(outer.__code__.co_varnames)
