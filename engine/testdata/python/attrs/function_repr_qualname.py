# A function prints with its __qualname__.
import functools
class R:
    def f(self): pass
    class In:
        def g(self): pass
def outer():
    def inner(): pass
    return inner
@functools.wraps(outer)
def w(): pass
def x(): pass
x.__qualname__ = "Renamed"
for f in (R.f, R.In.g, outer(), lambda: 0, w, x, R().f):
    print(repr(f).split(" at ")[0], f.__qualname__)
