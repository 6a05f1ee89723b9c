from dataclasses import dataclass, astuple, asdict, replace, field
@dataclass
class Point:
    x: float
    y: float
@dataclass
class Line:
    a: Point
    b: Point
    label: str = "line"
    points: list = field(default_factory=list)
l = Line(Point(0, 0), Point(1.5, 2), points=[Point(3, 4)])
print(astuple(l))
print(asdict(l))
m = replace(l, label="moved", a=Point(9, 9))
print(m, l.label, m.b is l.b)
try:
    replace(l, nope=1)
except TypeError as e:
    print("TypeError", e)
try:
    astuple(Point)
except TypeError as e:
    print("TypeError", e)
