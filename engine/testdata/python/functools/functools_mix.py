from functools import reduce, partial, lru_cache, wraps, cache, cmp_to_key, cached_property, singledispatch
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 0))
int2 = partial(int, base=2)
print(int2("1010"), int2.func is int, int2.keywords, partial(pow, 2)(10))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(3), sq(3))
def log(fn):
    @wraps(fn)
    def w(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return w
@log
def hello(name):
    """Say hello."""
    return "hi " + name
print(hello.__name__, hello.__doc__, hello("x"), hello.__wrapped__.__name__)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
class C:
    def __init__(self, v):
        self.v = v
    @cached_property
    def heavy(self):
        print("computing heavy")
        return self.v * 10
c = C(4)
print(c.heavy, c.heavy, c.__dict__)
@singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([1]), show("s"), show(True))
