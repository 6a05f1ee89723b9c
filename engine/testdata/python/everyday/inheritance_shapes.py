import math


class Shape:
    registry = {}

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[kind or cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape, kind="circle"):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.w})"


shapes = [Circle(1), Rect(2, 3), Square(2)]
for s in sorted(shapes):
    print(s)
print(Shape.registry.keys(), Square.__mro__)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)], Square.__bases__, Square.__qualname__)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(str(Square(3)), repr(Square(3)), [Square(1)], f"{Square(4)}")
print(super(Square, Square(5)).area(), Square(2).__dict__, hasattr(Square, "area"), vars(Circle(1)))
