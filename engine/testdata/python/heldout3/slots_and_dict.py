# source: https://docs.python.org/3/reference/datamodel.html#slots as shown in tutorials (a Point with __slots__ refusing new attributes; a subclass without __slots__ gets a __dict__)
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p, Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p)

class Point3(Point):
    pass

q = Point3(1, 2)
q.z = 3
print(q, q.__dict__, type(Point.x).__name__)

class Both:
    __slots__ = ("a", "__dict__")

b = Both()
b.a = 1
b.other = 2
print(b.a, b.__dict__)
try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
