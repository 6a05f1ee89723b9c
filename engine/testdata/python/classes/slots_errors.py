try:
    class S1:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class S2:
        __slots__ = ('a', 1)
except TypeError as e:
    print("TypeError:", e)
class S3:
    __slots__ = ('a', 'a')
print(S3.__slots__)
try:
    class S4:
        __slots__ = ('a b',)
except TypeError as e:
    print("TypeError:", e)
class B: pass
try:
    class S5(B):
        __slots__ = ('__dict__',)
except TypeError as e:
    print("TypeError:", e)
try:
    class S6(B):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print("TypeError:", e)
class A:
    __slots__ = ('a',)
class B2:
    __slots__ = ('b',)
try:
    class C(A, B2): pass
except TypeError as e:
    print("TypeError:", e)
class E:
    __slots__ = ()
class C2(A, E): pass
print(C2().__dict__)
try:
    class S7(int):
        __slots__ = ('a',)
except TypeError as e:
    print("TypeError:", e)
class S8:
    __slots__ = 'ab'
print(S8.ab)
class S9:
    __slots__ = ['x']
print(S9.x)
class S10:
    __slots__ = {'x': 'doc of x', 'y': None}
print(S10.x, S10.y, S10.__slots__)
try:
    class S11:
        __slots__ = 5
except TypeError as e:
    print("TypeError:", e)
class S12:
    __slots__ = ('__x',)
    def set(self, v):
        self.__x = v
    def get(self):
        return self.__x
print(S12._S12__x, S12.__slots__)
s = S12(); s.set(4); print(s.get(), s._S12__x)
class S13:
    __slots__ = ('a',)
s = S13(); s.a = 1
print(s.__slots__)
try:
    print(s.__weakref__)
except AttributeError as e:
    print("AttributeError:", e)
class S15:
    __slots__ = ('a', '__weakref__')
print(S15().__weakref__, S15.__weakref__)
class S16:
    __slots__ = ('a', '__dict__')
s = S16(); s.a = 1; s.b = 2
print(s.__dict__, vars(s), S16.a, S16.__dict__['__dict__'])
print(list(S16.__dict__))
print(list(S13.__dict__))
