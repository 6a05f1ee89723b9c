import functools, operator
p = functools.partial(int, base=2)
print(p("101"), p.func.__name__ if hasattr(p.func, "__name__") else "", p.keywords)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
