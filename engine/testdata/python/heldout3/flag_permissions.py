# source: the enum.Flag Perm example of the enum HOWTO (R/W/X combined with |, membership, ~, iteration, bool)
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(Perm.RWX, list(Perm), ~Perm.R, Perm(0), bool(Perm(0)))
print(rw.value, Perm(3), Perm.RWX.name, rw.name)
print([p.name for p in rw])
print(IPerm.R | IPerm.W, IPerm.R | 8, int(IPerm.R | IPerm.X), IPerm(7), repr(IPerm(7)))
print(IPerm.R + 1, IPerm.R == 4, format(IPerm.W), f"{IPerm.R | IPerm.X:03b}")
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
