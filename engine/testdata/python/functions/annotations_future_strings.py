from __future__ import annotations
# source: edges of the fix for held-out program typing_literal_overload (annotations under from __future__ import annotations stay strings)
from typing import TYPE_CHECKING, Optional
if TYPE_CHECKING:
    from decimal import Decimal
def f(price: Decimal, qty: int = 1, *args: list[ int ], **kw: Optional["X"]) -> dict[str,  Decimal | None]:
    return price
class C:
    x: Optional[int]
    def m(self, other: C) -> C: return self
print(f.__annotations__, C.m.__annotations__, C.__annotations__)
print(f(2))
x: int = 5
