from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n
print([square(i) for i in (1, 2, 1, 3, 1, 2)], calls)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
@lru_cache
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=1), kw(a=1), kw.cache_info().currsize)
print(square.__name__, fib.__wrapped__.__name__)
@lru_cache(maxsize=None)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True))
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
