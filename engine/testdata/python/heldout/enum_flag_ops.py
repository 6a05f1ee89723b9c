from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

print(Perm.R, Perm.RW, repr(Perm.R | Perm.X))
p = Perm.R | Perm.W
print(p, p == Perm.RW, Perm.R in p, Perm.X in p)
print(bool(Perm(0)), Perm(0), repr(Perm(0)))
print(list(Perm))
print(list(p))
print(~Perm.R)
print(Perm.RW.value, Perm.X.value)

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4

m = Mode.A | Mode.C
print(m, repr(m), m + 0, m & 4, Mode(3))
print(format(Mode.B), f"{m}")
