from typing import NamedTuple, Optional, List

class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: Optional[str] = None

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist(), p._fields, p._field_defaults)
print(p._replace(label="A"), p._asdict())
x, y, _ = p
print(x + y, p[0], p[-1], len(p), p == (3, 4, None))
print(Point._make([1, 2, "b"]))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.__annotations__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
