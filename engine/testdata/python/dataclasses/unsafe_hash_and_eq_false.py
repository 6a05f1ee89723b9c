from dataclasses import dataclass
@dataclass(eq=False)
class A:
    x: int
@dataclass(unsafe_hash=True)
class B:
    x: int
@dataclass
class C:
    x: int
@dataclass(frozen=True)
class D:
    x: int
print(A(1) == A(1), A(1) != A(1), hash(B(1)) == hash(B(1)), hash(D(2)) == hash((2,)), {D(1), D(1)})
print(C.__hash__, B(3) in {B(3)}, A.__eq__ is object.__eq__)
try:
    hash(C(1))
except TypeError as e:
    print("TypeError", e)
try:
    D(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
