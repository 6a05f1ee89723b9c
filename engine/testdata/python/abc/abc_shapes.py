from abc import ABC, abstractmethod
import math
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    @property
    def name(self): return "circle"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    name = "rect"
shapes = [Circle(1), Rect(2, 3), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Circle(1), Shape), issubclass(Rect, ABC), Shape.__abstractmethods__ if hasattr(Shape, "__abstractmethods__") else "")
print(sum(s.area() for s in shapes), round(sum(s.area() for s in shapes), 4))
