class S:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
s = S(1)
print(S.a, type(S.a).__name__, S.__dict__['a'] is S.a)
print(getattr(s, 'a'), getattr(s, 'b', 'dflt'))
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(n for n in dir(s) if not n.startswith('__')))
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.a)
except AttributeError as e:
    print("AttributeError:", e)
class T(S):
    def __init__(self):
        super().__init__(3)
        self.z = 9
t = T()
print(t.__dict__, vars(t), t.a, t.z)
t.__dict__['a'] = 100
print(t.a, t.__dict__)
t.__dict__['q'] = 1
print(t.q)
import copy
c = copy.copy(t)
print(c.a, c.z, c.__dict__)
d = copy.deepcopy(t)
print(d.a, d.z, d.__dict__)
s2 = copy.copy(s)
print(hasattr(s2, 'a'))
s.b = [1]
s3 = copy.deepcopy(s)
print(s3.b, s3.b is s.b)
class U(T):
    __slots__ = ("u",)
u = U(); u.u = 5
print(u.__dict__, u.u)
