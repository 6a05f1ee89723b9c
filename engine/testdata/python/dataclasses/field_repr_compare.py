from dataclasses import dataclass, field
@dataclass
class S:
    a: int
    secret: str = field(default="x", repr=False, compare=False)
print(S(1), S(1, "y") == S(1, "z"))
@dataclass(eq=False)
class N:
    a: int
print(N(1) == N(1))
