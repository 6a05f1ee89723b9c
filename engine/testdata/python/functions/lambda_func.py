def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(lambda *a, **k: (a, k), 1, x=2))
import functools
compose = lambda *fs: lambda x: functools.reduce(lambda acc, f: f(acc), fs, x)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
print(curry(pow)(2)(8), (lambda: "noargs")(), (lambda x=3: x)(), (lambda x, /, y: x - y)(5, y=2))
def describe(func):
    return func.__name__, func.__doc__, func.__defaults__, func.__kwdefaults__
def sample(a, b=2, *, c=3):
    "Sample doc."
    return a
print(describe(sample), describe(lambda: 0)[0], sample.__qualname__, callable(sample))
def annot(x: int, y: "str" = "a") -> bool:
    return True
print(annot.__annotations__)
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print({k: f(10, 3) for k, f in ops.items()}, list(map(lambda kv: kv[0], ops.items())))
def kw(**opts):
    return ", ".join(f"{k}={v!r}" for k, v in opts.items())
print(kw(b=1, a="x"), kw(), kw(**{"z": None}))
def defaults(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(defaults(1), defaults(2))
try:
    sample()
except TypeError as e:
    print("TypeError:", e)
try:
    sample(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    sample(1, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda x, /: x)(x=1)
except TypeError as e:
    print("TypeError:", e)
print(sample.__name__, sample.__module__, type(sample).__name__, type(lambda: 0).__name__, type(print).__name__, repr(len))
