from enum import Enum, IntEnum, StrEnum, auto
class Color(Enum):
    RED = 1
    GREEN = "g"
class S(str, Enum):
    A = "a"
class I(int, Enum):
    X = 1
class SE(StrEnum):
    B = auto()
    C = "Cee"
class IE(IntEnum):
    Y = 5
print(Color, repr(Color), type(Color), Color.RED, repr(Color.GREEN), f"{Color.RED}", format(Color.RED, ">12"), "%s" % Color.RED)
print(S.A, repr(S.A), f"{S.A}", format(S.A, ">5"), I.X, f"{I.X}", SE.B, repr(SE.C), f"{SE.C}", IE.Y, repr(IE.Y), f"{IE.Y:03d}")
print(S.__mro__, IE.__mro__, SE.__mro__)
print(Color.__members__, repr(Color.__members__), list(reversed(Color)), len(Color), Color._member_names_)
print(hash(Color.RED) == hash("RED"), hash(IE.Y) == hash(5), {Color.RED: 1}, IE.Y + 1, IE.Y * 2, SE.B.upper(), S.A + "!", IE.Y == 5, S.A == "a")
print(sorted([IE.Y, 3, 7]), isinstance(IE.Y, int), isinstance(S.A, str), Color.RED.name, Color.GREEN.value, Color.RED._value_)
