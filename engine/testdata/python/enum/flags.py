from enum import Flag, IntFlag, auto
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = P.R | P.W
print(rw, repr(rw), P(0), repr(P(0)), ~P.R, list(rw), len(rw), P.R in rw, rw & P.X, bool(rw & P.X), P(3), rw.name, rw.value, P(7))
print(rw is (P.W | P.R), P.R ^ P.R, list(P), P.X.value)
class H(Flag):
    A = 1
    B = 2
    AB = 3
print(H(3), repr(H.AB), list(H), H.A | H.B is H.AB)
try:
    P(8)
except ValueError as e:
    print("ValueError", e)
class IF(IntFlag):
    R = 4
    W = 2
print(IF.R | IF.W, repr(IF.R | IF.W), IF.R | 8, IF.R + 1, IF.R == 4, f"{IF.W}")
try:
    P.R | 1
except TypeError as e:
    print("TypeError", e)
