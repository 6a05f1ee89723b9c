# A class statement's __dict__ in CPython's order, read-only.
class Base:
    "A base."
    kind = "base"
    def __init__(self, x):
        self.x = x
    @property
    def double(self):
        return self.x * 2
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
class Child(Base):
    __slots__ = ("y",)
    tag: str = "t"
print(list(Base.__dict__), list(Child.__dict__))
print(repr(Base.__dict__["__weakref__"]), type(Base.__dict__["double"]).__name__, type(Base.__dict__["s"]).__name__, type(Base.__dict__["c"]).__name__)
print(Child.__dict__["__annotations__"], Child.__dict__["__slots__"], repr(Child.__dict__["y"]))
for op in (lambda: Base.__dict__.__setitem__("k", 1), lambda: Base.__dict__.pop("kind"), lambda: Base.__dict__.nosuch):
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(len(Base.__dict__), "kind" in Base.__dict__, Base.__dict__.get("nope", 0), sorted(Base.__dict__.keys())[:3])
