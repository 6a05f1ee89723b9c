def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc(); inc(5)
print(get())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return mid(), x
print(outer())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
x = 1
def shadow():
    print(x)
    x = 2
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
