class Base:
    kind = "base"
    items = []
    def __init__(self):
        self.items = self.items + [self.kind]
class A(Base):
    kind = "a"
class B(Base):
    pass
a, b = A(), B()
print(a.items, b.items, Base.items, A.kind, a.__class__.__name__, type(b).__qualname__)
B.kind = "b!"
print(B().items, Base.kind)
print(A.__bases__, A.__name__, A.__module__, issubclass(A, Base), isinstance(a, (int, Base)))
print(Base.__subclasses__())
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner))
print(getattr(a, "kind"), setattr(a, "kind", "inst") or a.kind, A.kind, a.__dict__)
print(callable(A), callable(a), hasattr(A, "__init__"), "kind" in A.__dict__, "items" in A.__dict__)
print(type(a) is A, type(A), type(type))
