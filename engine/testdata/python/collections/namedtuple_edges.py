from collections import namedtuple
P = namedtuple("P", "x, y")
p = P(1, 2)
print(p, P.__doc__, P._fields, P._field_defaults, P.__mro__, p.count(1), p.index(2), p[-1], p[:1])
for bad in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: P._make([1]), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [("1a", "x"), ("A", "_x"), ("A", "x x"), ("A", "def")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    namedtuple("A", "x y", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
R = namedtuple("R", ["a", "def", "_b", "a"], rename=True)
print(R._fields, namedtuple("D", "a b", defaults=(9,))(1), sorted([P(2, 1), P(1, 5)]), P(*range(2)), dict(zip(P._fields, p)))
class Point(P):
    def norm(self):
        return abs(self.x) + abs(self.y)
q = Point(-3, 4)
print(q, q.norm(), q._replace(x=0), type(q._replace(x=0)).__name__, Point._make([1, 1]), q._asdict(), "%d,%d" % q)
