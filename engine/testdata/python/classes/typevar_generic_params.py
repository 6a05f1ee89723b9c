# source: edges of the fix for held-out program typing_protocols_generics (TypeVar's constraints and bound, a generic class's __parameters__)
from typing import TypeVar, Generic, List
T=TypeVar('T'); K=TypeVar('K', int, str); B=TypeVar('B', bound=int, covariant=True)
print(T.__constraints__, K.__constraints__, T.__bound__, B.__bound__, B.__covariant__, B, T.__contravariant__, repr(TypeVar('C', contravariant=True)), List[B])
for f in (lambda: TypeVar("X", int), lambda: TypeVar("X", covariant=True, contravariant=True), lambda: TypeVar("X", int, str, bound=int)):
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class R(Generic[B]): pass
print(R[int], R.__parameters__)
T2 = TypeVar("T2")
class S(R[T2], Generic[T2, K]): pass
class U(R): pass
class V(R[int]): pass
print(S.__parameters__, U.__parameters__, V.__parameters__, S.__orig_bases__, "__orig_bases__" in U.__dict__, V.__orig_bases__)
