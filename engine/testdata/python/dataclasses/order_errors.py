from dataclasses import dataclass
@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int = 0
vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9)]
print(max(vs), min(vs), Version(1, 0) <= Version(1, 0), Version(2, 0) > Version(1, 9, 9))
print(Version(1, 0) == (1, 0, 0), Version(1, 0) != Version(1, 0, 1))
try:
    Version(1, 0) < (1, 0, 1)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True)
    class Bad2:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)
