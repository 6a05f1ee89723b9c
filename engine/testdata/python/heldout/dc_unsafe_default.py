from dataclasses import dataclass
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Good:
    a: int
    b: "int" = 2
    c = 5

g = Good(1)
print(g, g.c, Good.c)
print(Good.__annotations__)
