# source: Vector2d from egjimenezg/python-playground fluent_python/vector2d.py and mancuso/PythonDesignPatterns numerictypes.py
import math

class Vector2d:
    typecode = "d"
    def __init__(self, x, y):
        self.__x = float(x)
        self.__y = float(y)
    @property
    def x(self):
        return self.__x
    @property
    def y(self):
        return self.__y
    def __iter__(self):
        return (i for i in (self.x, self.y))
    def __repr__(self):
        class_name = type(self).__name__
        return "{}({!r}, {!r})".format(class_name, *self)
    def __str__(self):
        return str(tuple(self))
    def __eq__(self, other):
        return tuple(self) == tuple(other)
    def __hash__(self):
        return hash(self.x) ^ hash(self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(abs(self))
    def __add__(self, other):
        return Vector2d(self.x + other.x, self.y + other.y)
    def __mul__(self, scalar):
        return Vector2d(self.x * scalar, self.y * scalar)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector2d(-self.x, -self.y)
    def angle(self):
        return math.atan2(self.y, self.x)
    def __format__(self, fmt_spec=""):
        if fmt_spec.endswith("p"):
            fmt_spec = fmt_spec[:-1]
            coords = (abs(self), self.angle())
            outer = "<{}, {}>"
        else:
            coords = self
            outer = "({}, {})"
        components = (format(c, fmt_spec) for c in coords)
        return outer.format(*components)

v1 = Vector2d(3, 4)
print(v1, repr(v1), abs(v1), bool(v1), bool(Vector2d(0, 0)))
print(v1 + Vector2d(1, 1), 3 * v1, v1 * 0.5, -v1)
print(v1 == (3, 4), v1 == Vector2d(3.0, 4.0), hash(v1) == hash(Vector2d(3, 4)))
print(format(v1), format(v1, ".2f"), format(v1, ".3ep"), f"{Vector2d(1, 1):.5fp}")
x, y = v1
print(x, y, list(v1), {v1, Vector2d(3, 4)})
try:
    v1.x = 7
except AttributeError as e:
    print("AttributeError:", e)
print(v1._Vector2d__x, sorted(vars(v1)))
