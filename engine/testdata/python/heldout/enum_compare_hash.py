from enum import Enum, IntEnum

class A(Enum):
    X = 1
class B(IntEnum):
    X = 1

print(A.X == 1, B.X == 1, A.X == B.X)
try:
    print(A.X < A.X)
except TypeError as e:
    print("TypeError:", e)
d = {A.X: "a", B.X: "b", 1: "one"}
print(d)
print(len(d))
print(A.X.__hash__() == hash(A.X))
s = sorted([B.X, 0, 2])
print(s)
print(A.X.value + 1, B.X + B.X, type(B.X + B.X))
print(isinstance(B.X, int), isinstance(A.X, int))
