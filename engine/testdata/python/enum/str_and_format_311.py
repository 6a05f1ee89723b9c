from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = "g"
class Num(IntEnum):
    ONE = 1
    TWO = 2
class S(StrEnum):
    A = "alpha"
    B = auto()
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
class F(Flag):
    A = auto()
    B = auto()
for m in [Color.RED, Color.GREEN, Num.TWO, S.A, S.B, Perm.R, Perm.R | Perm.W, F.A | F.B, Perm(0)]:
    print(str(m), repr(m), f"{m}", format(m, ""), "{}".format(m), "%s" % m)
print(f"{Num.ONE:>5}", f"{Num.TWO:03d}", f"{S.A:>8}", S.A == "alpha", S.A.upper(), Num.ONE + 1, Perm.R + 0)
