# source: hand-written memoize and call-counting decorators (dict cache in a closure, nonlocal counters) in teaching repos
import functools

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

def counted(fn):
    calls = 0
    def wrapper(*a, **kw):
        nonlocal calls
        calls += 1
        return fn(*a, **kw)
    wrapper.count = lambda: calls
    return wrapper

@counted
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.count(), len(fib.__wrapped__.cache) if hasattr(fib, "__wrapped__") else "no __wrapped__")
print(fib(80), fib.count())

def make_accumulator(start=0):
    total = start
    def add(x=0):
        nonlocal total
        total += x
        return total
    return add

acc = make_accumulator(10)
print(acc(5), acc(-2), acc(), acc.__closure__[0].cell_contents)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()

print(outer()(), outer.__name__, fib.__name__)
x = "global"
def shadow():
    print(x)
    x = 1
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
