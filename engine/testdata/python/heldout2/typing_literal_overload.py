# source: typed helper modules (Literal modes, TypeAlias, Final constants, overload signatures, TYPE_CHECKING guard) in modern libraries
from __future__ import annotations
from typing import TYPE_CHECKING, Any, Callable, Final, Literal, Optional, Sequence, Tuple, Union, overload

if TYPE_CHECKING:
    from decimal import Decimal

Mode = Literal["r", "w", "a"]
Number = Union[int, float]
MAX_RETRIES: Final = 3
Handler = Callable[[str], Optional[int]]

@overload
def scale(x: int, k: int) -> int: ...
@overload
def scale(x: float, k: float) -> float: ...
def scale(x, k):
    return x * k

def open_mode(mode: Mode = "r") -> str:
    if mode not in ("r", "w", "a"):
        raise ValueError(f"invalid mode: {mode!r}")
    return {"r": "read", "w": "write", "a": "append"}[mode]

def apply(handlers: Sequence[Handler], text: str) -> Tuple[Optional[int], ...]:
    return tuple(h(text) for h in handlers)

print(scale(3, 4), scale(1.5, 2), open_mode(), open_mode("a"), MAX_RETRIES)
try:
    open_mode("x")
except ValueError as e:
    print("ValueError:", e)
print(apply([len, str.find.__get__("hello") if False else (lambda s: s.find("l")), lambda s: None], "hello"))
print(scale.__annotations__, open_mode.__annotations__, apply.__annotations__["return"])
print(Mode, Number, Handler, Literal["a"] == Literal["a"], Optional[Any])
def f(price: Decimal, qty: int = 1) -> Decimal:
    return price * qty
print(f.__annotations__, f(2.5, 2), TYPE_CHECKING)
