from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0
    def moved(self, d):
        return Coord(self.lat + d, self.lon)
c = Coord(1.5)
print(c, c.moved(1), hash(c) == hash(Coord(1.5, 0.0)), {c, Coord(1.5)})
try:
    c.lat = 3
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list, compare=False, repr=False)
@dataclass
class Child(Base):
    name: str = "x"
    count: ClassVar[int] = 0
    secret: str = field(default="s", repr=False)
ch = Child(1, ["a"], "n")
print(ch, ch == Child(1, [], "n"), Child.count, [f.name for f in fields(ch)])
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithInit(3, 4), WithInit(2))
@dataclass(kw_only=True)
class K:
    x: int
    y: int = 2
print(K(x=1), K(y=3, x=0))
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
print(Mixed(1, b=2))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass(eq=False)
class NoEq:
    v: int
n = NoEq(1)
print(NoEq(1) == NoEq(1), n == n)
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"
s = Slotted(1)
print(s, Slotted.__slots__)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)]), Ver(1) <= Ver(1, 0), max(Ver(2), Ver(1, 99)))
