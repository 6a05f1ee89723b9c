# co_varnames leaves out the locals a nested def, lambda, class body or comprehension reads (cells),
# except parameters; a walrus in a comprehension binds a cell of the function.
def a(x, y=1, *args, k, **kw):
    z = 1
    def inner():
        return x + z
    w = 2
    return inner
print(a.__code__.co_varnames, a.__code__.co_nlocals)
def b():
    n = 0
    m = 1
    def inc():
        nonlocal n
        n += 1
        m = 5
        return m
    return inc
print(b.__code__.co_varnames)
def c():
    q = [1]
    r = 2
    s = 3
    t = 4
    l = [r for _ in q]
    g = (s for _ in q)
    f = lambda v=t: v
    return l, g, f
print(c.__code__.co_varnames)
def d():
    p = 1
    o = 2
    class K:
        p2 = p
        o = 3
        def meth(self):
            return o
    return K
print(d.__code__.co_varnames)
def e():
    u = 1
    def deco(fn): return fn
    @deco
    def inner(a=u):
        global u2
        u2 = 1
        return a
    if [(yy := 3) for _ in [1]]:
        pass
    return inner
print(e.__code__.co_varnames)
def f2():
    aa = 1
    bb = 2
    def g():
        def h():
            return aa
        bb = 3
        return h, bb
    return g
print(f2.__code__.co_varnames)
def f3():
    cc = 1
    def g():
        cc = 2
        def h():
            return cc
        return h
    return g
print(f3.__code__.co_varnames)
def f4(x):
    return lambda: x
print(f4.__code__.co_varnames, f4.__code__.co_nlocals)
def f5():
    ee = 1
    return [[ee for _ in r] for r in [[1]]]
print(f5.__code__.co_varnames)
def f6():
    gg = 1
    class Q:
        gg = 2
        hh = [gg for _ in [1]]
    return Q
print(f6.__code__.co_varnames)
