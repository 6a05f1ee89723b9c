# source: the abc tutorial Shape/Square example (abstract area, instantiating the ABC, a subclass missing a method, register of a virtual subclass)
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{type(self).__name__} with area {self.area():g}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


print(Square(3).describe(), Square(1.5).perimeter())
for cls in (Shape, Circle):
    try:
        cls(1) if cls is Circle else cls()
    except TypeError as e:
        print("TypeError:", e)

class Tuple3:
    pass

Shape.register(Tuple3)
print(isinstance(Tuple3(), Shape), issubclass(Tuple3, Shape), Tuple3.__mro__)
print(sorted(Circle.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), ABC), type(Shape).__name__)
