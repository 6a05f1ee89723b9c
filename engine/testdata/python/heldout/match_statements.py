from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y at {y}"
        case Point(x=x, y=0) if x > 0:
            return f"positive x {x}"
        case Point():
            return "elsewhere"
        case (a, b):
            return f"tuple {a},{b}"
        case [a, b, *rest]:
            return f"list {a},{b} +{len(rest)}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **others}:
            return f"shape {t} {others}"
        case str() as s if s:
            return f"str {s!r}"
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "none"
        case _:
            return "unknown"
for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(-1, 0), (1, 2), [1, 2, 3, 4], {"type": "circle", "r": 2},
          {"type": "sq", "side": 3, "c": 1}, "hi", "", 4, 2.5, None, [1], True]:
    print(where(v))
