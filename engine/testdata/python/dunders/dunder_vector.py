import math
from functools import total_ordering

@total_ordering
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __format__(self, spec):
        return "<" + ", ".join(format(c, spec) for c in self) + ">"
    def __bool__(self):
        return bool(self.x or self.y)

vs = [Vec(3, 4), Vec(1, 1), Vec(0, 0), Vec(-2, 5)]
print(sum(vs), sum(vs, Vec()), 2 * vs[0], vs[0] * 2, vs[0] / 2)
print(sorted(vs), max(vs), min(vs), vs[0] >= vs[1], vs[1] <= vs[1])
print(f"{vs[0]:.2f}", format(vs[3], "+d"), abs(vs[0]), [bool(v) for v in vs])
x, y = vs[3]
print(x, y, len({Vec(1, 1), Vec(1, 1)}))
try:
    vs[0].z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    vs[0] + 1
except TypeError as e:
    print("TypeError", e)
