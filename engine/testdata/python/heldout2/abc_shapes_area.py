# source: abstract Shape hierarchies (ABC with abstractmethod area/perimeter, __str__ using class name, sorting by area) in OOP tutorials
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.3f}, perimeter={self.perimeter():.3f})"
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Half(Shape):
    def area(self):
        return 0

shapes = [Circle(1), Rect(2, 3.5), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(max(shapes), sum(s.area() for s in shapes))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Half.__abstractmethods__, Square.__abstractmethods__)
print(isinstance(Square(1), Rect), issubclass(Circle, Shape), Square.__mro__[2].__name__)
