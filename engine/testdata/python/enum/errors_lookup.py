from enum import Enum, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(Color(1), Color["CRIMSON"], Color.CRIMSON is Color.RED, list(Color), list(Color.__members__))
for bad in [lambda: 1 in Color, lambda: Color.RED < Color.GREEN, lambda: Color["BLUE"], lambda: Color(3), lambda: Color("1")]:
    try:
        print(bad())
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)
class M(Enum):
    Z = 0
    @classmethod
    def _missing_(cls, value):
        return cls.Z
print(M(99), Color.RED in Color, Color.RED == 1, Color.RED != Color.GREEN, bool(Color.RED))
class Base(Enum):
    def describe(self):
        return f"{self.name.lower()}={self.value}"
class Size(Base):
    S = 1
    L = 3
print([s.describe() for s in Size], Size.S.__class__, Size(3))
