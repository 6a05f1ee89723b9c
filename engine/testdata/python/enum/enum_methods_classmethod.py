from enum import Enum
class Coin(Enum):
    PENNY = (2.5, 19.05)
    QUARTER = (5.67, 24.26)
    def __init__(self, grams, mm):
        self.grams = grams
        self.mm = mm
    @property
    def density_hint(self):
        return self.grams / (self.mm ** 2) * 1000
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda c: c.grams)
    def __str__(self):
        return self.name.title()
print(Coin.QUARTER.value, f"{Coin.QUARTER.density_hint:.3f}", Coin.heaviest(), repr(Coin.PENNY), str(Coin.PENNY), Coin((2.5, 19.05)))
class Status(str, Enum):
    ACTIVE = "active"
    GONE = "gone"
    def describe(self):
        return f"{self.name}:{self.value}"
print(Status.ACTIVE.describe(), Status("gone"), Status.ACTIVE == "active", f"{Status.ACTIVE}", str(Status.GONE), Status.ACTIVE.upper())
