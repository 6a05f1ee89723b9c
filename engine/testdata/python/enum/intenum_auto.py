from enum import IntEnum, auto, Enum
class P(IntEnum):
    LOW = auto()
    HIGH = auto()
print(P.LOW, repr(P.HIGH), P.LOW < P.HIGH, P.HIGH + 1, int(P.LOW))
class S(Enum):
    A = auto()
    B = auto()
print(S.A.value, S.B.value, [m.name for m in S])
print(f"{P.HIGH}", f"{S.A}")
