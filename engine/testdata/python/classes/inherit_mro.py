class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        Base.registry.append(cls)
    def describe(self):
        return f"{type(self).__name__}<{self.tag}>"
class A(Base, tag="alpha"):
    pass
class B(Base):
    def describe(self):
        return "B:" + super().describe()
class C(A, B):
    pass
print([c.__name__ for c in Base.registry], C().describe(), [k.__name__ for k in C.__mro__])
print(C.tag, A.tag, B.tag, issubclass(C, Base), C.__bases__, C.__base__ if hasattr(C, "__base__") else "")
class Mixin:
    def to_dict(self):
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
class Point(Mixin):
    def __init__(self, x, y):
        self.x, self.y, self._h = x, y, 0
print(Point(1, 2).to_dict(), Point.__qualname__, Point.to_dict.__qualname__)
class X: pass
class Y(X): pass
class Z(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for s in (Sq(3), Shape()):
    try:
        print(s.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(super(Sq, Sq(2)).area.__name__ if True else "", Sq.__dict__.get("area").__name__, "area" in Shape.__dict__)
print(type(Sq(1)) is Sq, type(Sq), type(type), object.__name__, isinstance(Sq, type), Sq.__module__)
