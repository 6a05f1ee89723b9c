class C: pass
class D:
    def __repr__(self):
        return "D!"
    def __hash__(self):
        return 7
c, d = C(), D()
print(repr(c)[:20], str(c) == repr(c))
print(object.__repr__(c) == repr(c), object.__str__(c) == str(c))
print(object.__repr__(d).startswith("<__main__.D object at 0x"), str(d), object.__str__(d), hash(d), object.__hash__(d) == hash(D()))
print(object.__hash__(c) == hash(c), C.__repr__, C.__str__ is object.__str__, C.__hash__, D.__repr__ is object.__repr__)
print(type(object.__repr__), object.__repr__)
try:
    object.__repr__()
except TypeError as e:
    print("TypeError")
print(hex(id(c)) in repr(c), id(c) == id(c), hash(c) == hash(c))
class E(C):
    def __str__(self):
        return "E:" + object.__str__(self)[:10]
print(E(), str([E()])[:14], f"{E()!s:.4}")
