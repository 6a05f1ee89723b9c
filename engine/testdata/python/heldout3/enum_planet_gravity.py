# source: jwang1122/python-II enum/enumPlanets.py (Planet enum with tuple values, __init__ and a surface_gravity property)
from enum import Enum, IntEnum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    VENUS = (4.869e24, 6.0518e6)
    EARTH = (5.976e24, 6.37814e6)
    MARS = (6.421e23, 3.3972e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300e-11
        return G * self.mass / (self.radius * self.radius)


class TrafficLight(Enum):
    RED = 1
    YELLOW = 2
    GREEN = 3


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 4


if __name__ == "__main__":
    print("Earth Mass:%e, and Radios:%e" % Planet.EARTH.value)
    print(f"{Planet.EARTH.surface_gravity} m/s^2")
    for p in Planet:
        print(f"{p.name:<8} {p.surface_gravity:6.2f} {p.mass:.3e}")
    print(Planet.EARTH, repr(Planet.MARS), Planet((6.421e23, 3.3972e6)))
    red = TrafficLight.RED
    print(red, TrafficLight.RED.name, TrafficLight.RED.value, [c.name for c in TrafficLight])
    combination = Color.RED | Color.GREEN
    print(combination, type(combination).__name__, Color.BLUE + 1, Color(2), Color.RED < Color.GREEN)
    try:
        TrafficLight(4)
    except ValueError as e:
        print("ValueError:", e)
    print(TrafficLight["GREEN"], len(TrafficLight), TrafficLight.RED in TrafficLight, max(Color))
