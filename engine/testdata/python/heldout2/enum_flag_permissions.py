# source: permission flags with enum.Flag (READ|WRITE combos, membership tests, role tables) in auth helper modules
from enum import Flag, IntFlag, auto, Enum, unique

class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = READ | WRITE | DELETE

ROLES = {"viewer": Perm.READ, "editor": Perm.READ | Perm.WRITE, "owner": Perm.ADMIN}

def can(role, perm):
    return perm in ROLES.get(role, Perm.NONE)

for role in ("viewer", "editor", "owner", "ghost"):
    print(role, [p.name for p in (Perm.READ, Perm.WRITE, Perm.DELETE) if can(role, p)])
rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), rw.value, bool(Perm.NONE), Perm.ADMIN & ~Perm.WRITE, Perm(3), Perm(7) is Perm.ADMIN)
print(list(Perm), [m.name for m in Perm.ADMIN], len(Perm.ADMIN), Perm.READ in Perm.ADMIN)

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

m = Mode.R | Mode.X
print(m, repr(m), int(m), m == 5, m | 2, Mode(7), oct(Mode.R | Mode.W), Mode.R + 1)

@unique
class Color(Enum):
    RED = "r"
    GREEN = "g"
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(Color("g"), Color.RED.value, [c for c in Color], Color.__members__.keys())
