from dataclasses import dataclass, replace, FrozenInstanceError
import dataclasses

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

vs = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 1), Version(1)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1, 2) < Version(1, 10))
print(hash(Version(1, 2)) == hash(Version(1, 2)))
print(len({Version(1), Version(1, 0, 0), Version(2)}))
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print(type(e).__name__, e)
w = replace(v, minor=5)
print(repr(w), str(w))
print(dataclasses.is_dataclass(w), dataclasses.is_dataclass(Version), dataclasses.is_dataclass(3))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
