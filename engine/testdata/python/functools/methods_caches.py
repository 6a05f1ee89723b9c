import functools
class A:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache(maxsize=None)
    def sq(self, x):
        print("compute", x)
        return x * self.n
    @functools.cache
    def c(self):
        return self.n
    @functools.cached_property
    def prop(self):
        print("prop computed")
        return self.n + 1
    def set(self, k, v):
        setattr(self, k, v)
    set_flag = functools.partialmethod(set, "flag")
a, b = A(3), A(4)
print(a.sq(2), a.sq(2), b.sq(2), A.sq.cache_info(), a.c(), a.prop, a.prop, vars(a))
a.prop = 10
print(a.prop, A.prop.attrname, type(A.__dict__["prop"]).__name__)
a.set_flag(True)
print(a.flag, A.sq(a, 2))
del a.prop
print(a.prop)
class S:
    __slots__ = ("x",)
    @functools.cached_property
    def p(self):
        return 1
try:
    S().p
except TypeError as e:
    print("TypeError", e)
@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(2) >= G(3), sorted([G(3), G(1)])[0].v)
try:
    @functools.total_ordering
    class Nope:
        pass
except ValueError as e:
    print("ValueError", e)
@functools.singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register(list)
@show.register(tuple)
def _(x):
    return "seq"
class MyList(list):
    pass
print(show(1), show(True), show([1]), show((1,)), show(MyList()), show("s"), show(1.5), show.dispatch(bool).__name__, len(show.registry))
try:
    show.register(5)
except TypeError as e:
    print("TypeError", e)
