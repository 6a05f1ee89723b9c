import functools
def timed(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        result = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {result}")
        return result
    return inner
@timed
@functools.lru_cache(maxsize=32)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
ways(5)
print(ways.__name__)
