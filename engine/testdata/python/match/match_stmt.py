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
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return "diagonal"
        case Point():
            return "elsewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), "x"]:
    print(where(p))
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return "go " + d
        case ["get", *items] if items:
            return "get " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [x]:
            return "single " + x
        case _:
            return "?"
for c in ["go north", "go west", "get a b", "get", "exit", "", "look"]:
    print(repr(c), cmd(c))
def typ(v):
    match v:
        case bool():
            return "bool"
        case int() | float() as n if n < 0:
            return "negative"
        case int():
            return "int"
        case str() as s:
            return "str " + s
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} {rest}"
        case {"type": t}:
            return "typed " + t
        case (1, 2, *_):
            return "starts 1 2"
        case None:
            return "none"
        case _:
            return "other"
for v in [True, -1.5, 3, "s", {"type": "user", "name": "ann", "age": 3}, {"type": "x"}, (1, 2, 3), [1, 2], None, 2.5]:
    print(typ(v))
MAX = 10
import math
match 3.141592653589793:
    case math.pi:
        print("pi")
match 10:
    case 1 | 2:
        print("small")
    case n:
        print("captured", n)
