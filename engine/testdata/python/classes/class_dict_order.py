class P:
    '''doc'''
    kind = 'p'
    x: int = 3
    def __init__(self): pass
print(list(vars(P)))
class Q(P):
    y = 1
    __slots__ = ('a',)
print(list(vars(Q)))
class R(P): pass
print(list(vars(R)), vars(R))
print(type(vars(R)).__name__, vars(R) is vars(R), vars(R) == vars(R), R.__dict__ == dict(R.__dict__))
try: vars(R)['x'] = 1
except Exception as e: print(type(e).__name__, e)
class P2:
    def __eq__(s, o): return True
    def __init_subclass__(cls): pass
    def __class_getitem__(cls, x): pass
    def __new__(cls): pass
    __slots__ = ('a', '__dict__')
    def m(self): return __class__
print(list(vars(P2)), type(vars(P2)['__init_subclass__']).__name__, type(vars(P2)['__new__']).__name__, vars(P2)['a'], vars(P2)['__dict__'])
class Q2:
    def __eq__(s, o): return True
print(list(vars(Q2)))
class X(Exception): pass
print(list(vars(X)), vars(X))
class S:
    __slots__ = ('a', '__weakref__')
class T(S):
    pass
class U(S):
    __slots__ = ('b',)
print(list(vars(S)), list(vars(T)), list(vars(U)))
class V:
    n = 1
    del n
    m = 1
    n = 2
    for i in range(2): pass
    import math
print(list(vars(V)))
d = vars(V)
V.z = 5
print('z' in d, d['z'], len(d))
del V.m
V.m = 0
print(list(d), d | {'q': 1} == {**d, 'q': 1}, {'q': 1} | d == dict(d, q=1))
print(d.get('zz', 'no'), sorted(d.keys())[:2], d.copy() == d, type(d.copy()).__name__)
class A: pass
class B: __slots__ = ('x',)
class C(A, B): pass
class D(B, A): pass
print(list(vars(C)), list(vars(D)))
