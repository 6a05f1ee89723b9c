from functools import partial, reduce, wraps, update_wrapper
import operator
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square.func.__name__, square.args, square.keywords)
print(repr(partial(int, base=2))[:30])
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3], 10), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def timed(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        print(f"calling {fn.__name__} with {a} {k}")
        return fn(*a, **k)
    return wrapper
@timed
def add(x, y=0):
    """Add numbers."""
    return x + y
print(add(1, y=2), add.__name__, add.__doc__, add.__wrapped__(5))
def plain(fn):
    def inner(*a):
        return fn(*a)
    return inner
@plain
def named():
    "doc"
print(named.__name__, named.__doc__, named.__qualname__)
