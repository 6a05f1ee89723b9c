from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True, order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(1, 2), V(0, 9), V(1, 0)]))
print(V(1) < V(1, 1), hash(V(1)) == hash(V(1)))
try:
    V(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
