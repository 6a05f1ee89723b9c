from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
Row = namedtuple("Row", "id name email", defaults=[None])
p = Point(1, y=2)
print(p, p._replace(x=9), p._asdict(), Point._fields, p.x + p[1])
r = Row(1, "ann")
print(r, Row._field_defaults, r._asdict())
print(Row._make([2, "bob", "b@x"]), tuple(r), list(r), r == (1, "ann", None))
Bad = namedtuple("Bad", ["ok", "def", "_x"], rename=True)
print(Bad._fields)
try:
    namedtuple("E", ["a", "a"])
except ValueError as e:
    print("ValueError:", e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Vec(1, 2) + Vec(3, 4), Vec(3, 4).norm, isinstance(Vec(0, 0), tuple))
print(sorted([Point(2, 1), Point(1, 3)]), max(Point(2, 1), Point(2, 5)))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
