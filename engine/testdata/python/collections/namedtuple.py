from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9))
x, y = p
print(x + y, Point._fields, Point._make([3, 4]), p == (1, 2))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2))
