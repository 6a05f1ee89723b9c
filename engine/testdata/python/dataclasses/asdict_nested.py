from dataclasses import dataclass, field, asdict, astuple
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    origin: tuple = (0, 0)
s = Shape("tri", [Point(1, 2), Point(3)], {"k": Point(5, 6)})
d = asdict(s)
print(d)
print(astuple(s))
d["points"][0]["x"] = 99
print(s.points[0].x, type(d["points"]).__name__)
print(asdict(Point(1), dict_factory=lambda kv: [k for k, v in kv]))
try:
    asdict(Point)
except TypeError as e:
    print("TypeError", e)
