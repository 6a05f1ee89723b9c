from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(p, p.value, f"{p.surface_gravity:.2f}")
print(Planet((5.976e+24, 6.37814e6)))

class Currency(str, Enum):
    USD = "usd"
    EUR = "eur"

print(Currency.USD, repr(Currency.USD), Currency.USD == "usd", f"{Currency.EUR}")
print(Currency.USD.value.upper(), "%s" % Currency.EUR)
import json
print(json.dumps({"c": Currency.USD, "l": [Currency.EUR]}))
