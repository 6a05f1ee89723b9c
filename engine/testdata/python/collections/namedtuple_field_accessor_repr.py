# A named tuple field accessor is a _tuplegetter: its repr names the index and the doc.
from collections import namedtuple
import typing
P = namedtuple('P', 'x y')
print(repr(P.x), P.y)
print([P.x, P.y])
class Q(typing.NamedTuple):
    a: int
    b: str = 'z'
print(Q.a, Q.b, str(Q.a))
print(P.x.__doc__)
print(f"{P.x!r}")
class R(P):
    "sub"
print(R.x)
