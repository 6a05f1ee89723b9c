import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
sq(3); sq(3)
