from dataclasses import dataclass, KW_ONLY
@dataclass(kw_only=True)
class A:
    x: int
    y: int = 2
print(A(x=1))
@dataclass(slots=True)
class B:
    v: int
print(B(3), hasattr(B(3), "__dict__"))
A(1)
