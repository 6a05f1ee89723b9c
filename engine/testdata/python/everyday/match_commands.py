from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def handle(cmd):
    match cmd:
        case {"action": "create", "name": str(name), **rest}:
            return f"create {name} extra={rest}"
        case {"action": "delete", "id": int(i)} if i > 0:
            return f"delete #{i}"
        case ["move", Point(x=0, y=0)]:
            return "move to origin"
        case ["move", Point(x=x, y=y) as p]:
            return f"move to {x},{y} ({p})"
        case [first, *others] if others:
            return f"list {first} + {len(others)}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case None:
            return "nothing"
        case _:
            return f"unknown {cmd!r}"


for c in [{"action": "create", "name": "bob", "age": 3}, {"action": "delete", "id": 0}, {"action": "delete", "id": 7},
          ["move", Point(0, 0)], ["move", Point(1, 2)], [1, 2, 3], [1], "hi", b"b", None, 4.5]:
    print(handle(c))
