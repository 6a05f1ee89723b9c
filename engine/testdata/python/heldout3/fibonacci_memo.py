# source: the memoized Fibonacci of tutorials (a dict memo, functools.lru_cache with cache_info, and a generator)
from functools import lru_cache

memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b

print(fib_memo(90), fib(90), fib(300))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info().misses)
print(list(fib_gen(100)))
print(sum(x for x in fib_gen(4_000_000) if x % 2 == 0))
print(len(str(fib(400))), str(fib(400))[:20])

@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x

for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(sq.cache_info(), sq.__wrapped__(4))
