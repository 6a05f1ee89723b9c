import functools
def plain(a, b=1, *args, c, d=2, **kw):
    total = a + b
    for i in range(3):
        total += i
    try:
        pass
    except ValueError as err:
        pass
    import math
    def helper():
        return 1
    return total
co = plain.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_filename, co.co_firstlineno, co.co_qualname)
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def decorated(x, /, y):
    z = x
    return z
print(decorated.__wrapped__.__code__.co_firstlineno, decorated.__wrapped__.__code__.co_posonlyargcount, decorated.__wrapped__.__code__.co_varnames)
print(decorated.__code__.co_name, decorated.__code__.co_varnames, decorated.__code__.co_argcount)
class K:
    def method(self, v):
        w = v * 2
        return w
    @staticmethod
    def st():
        pass
print(K.method.__code__.co_varnames, K.method.__code__.co_qualname, K().method.__code__.co_name, K.st.__code__.co_argcount)
f = lambda x, y=2: x + y
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_firstlineno)
def gen(n):
    for k in range(n):
        yield k
print(gen.__code__.co_varnames, gen.__code__.co_nlocals)
def uses(xs):
    return [x for x in xs]
print(uses.__code__.co_varnames)
def arg_names(fn):
    return fn.__code__.co_varnames[:fn.__code__.co_argcount]
print(arg_names(plain), arg_names(K.method))
