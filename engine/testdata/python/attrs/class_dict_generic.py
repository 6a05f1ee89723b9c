# A Generic class's __dict__ is a mappingproxy: __orig_bases__ after the body, __parameters__ last.
from typing import TypeVar, Generic
T = TypeVar("T")
K = TypeVar("K")
class R(Generic[T]):
    "doc"
    x = 1
    def f(self): pass
class S(R[T], Generic[T, K]):
    y: int = 2
class U(R): pass
class V(R[int]): pass
for c in (R, S, U, V):
    d = c.__dict__
    print(type(d).__name__, list(d), d.get("__orig_bases__"), d["__parameters__"], d["__module__"], d["__doc__"])
print("__orig_bases__" in U.__dict__, V.__dict__["__orig_bases__"], R.__dict__["__dict__"])
try:
    R.__dict__["z"] = 1
except TypeError as e:
    print(e)
print(vars(S) == S.__dict__, sorted(vars(V)))
