from enum import Enum, IntEnum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Status(str, Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print(Status.ACTIVE, Status.ACTIVE == "active", Status("inactive"), f"{Status.ACTIVE}", Status.ACTIVE.upper())
print(Prio.HIGH > Prio.LOW, Prio.MID + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.MID), f"{Prio.MID}")
p = Perm.R | Perm.W
print(p, Perm.R in p, Perm.X in p, repr(p), bool(Perm(0)))
for c in Color:
    print(c.name.lower(), c.value, end="; ")
print()
print({c: c.value for c in Color})
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2
print(Planet.EARTH.mass, round(Planet.MARS.gravity, 3), Planet.EARTH.value)
print(Color.RED.__class__.__name__, type(Color.RED) is Color, isinstance(Prio.LOW, int))
print(Color.__members__.keys())
