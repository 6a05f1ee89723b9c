from functools import lru_cache, partial, reduce, wraps, total_ordering, cached_property, singledispatch
import functools


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args} {kwargs}")
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(3))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 0))
int2 = partial(int, base=2)
print(int2("1011"), int2.func, int2.keywords, partial(max, 5)(3, 9))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version("1.10.0"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), Version("2.0") >= Version("1.9"), max(vs))


class Report:
    @cached_property
    def data(self):
        print("computing")
        return [1, 2, 3]


r = Report()
print(r.data, r.data, "data" in vars(r))


@singledispatch
def show(x):
    return f"obj {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return f"list of {len(x)}"


print(show(1), show([1, 2]), show("s"), show(True))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
