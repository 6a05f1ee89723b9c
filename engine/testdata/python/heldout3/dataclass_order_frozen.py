# source: dataclasses tutorials (order=True sorting by fields, frozen=True hashing and FrozenInstanceError, field(compare=False), __post_init__)
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text):
        core, _, label = text.partition("-")
        return cls(*map(int, core.split(".")), label=label)

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        return f"{s}-{self.label}" if self.label else s


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def __post_init__(self):
        if not -90 <= self.lat <= 90:
            raise ValueError(f"bad latitude {self.lat}")


vs = [Version.parse(t) for t in ["1.10.0", "1.2.3", "1.2.3-rc1", "0.9", "2"]]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(max(vs), Version(1, 2, 3) == Version(1, 2, 3, "x"), Version(1) < Version(1, 0, 1))
c = Coord(51.5, -0.12)
print(c, hash(c) == hash(Coord(51.5, -0.12)), {c, Coord(51.5, -0.12)})
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Coord(100, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
