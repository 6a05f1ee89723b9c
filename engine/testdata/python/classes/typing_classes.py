from typing import NamedTuple, TypedDict, Generic, TypeVar, Protocol, runtime_checkable, Optional, Callable, Iterator, get_origin, get_args, List, Dict, Tuple
T = TypeVar("T")
class P(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    def __str__(self):
        return f"<{self.x},{self.y}>"
print(P, P(1), str(P(1, 2)), P.__doc__, P.__qualname__, P.__mro__, P._fields, P.__annotations__)
E = NamedTuple("E", [("a", int), ("b", str)])
print(E(1, "x"), E.__annotations__, E._field_defaults)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self): pass
except AttributeError as e:
    print("AttributeError:", e)
class M(TypedDict):
    a: int
M2 = TypedDict("M2", {"x": int, "y": str}, total=False)
print(M(a=1), M2(x=1), M2.__optional_keys__ == frozenset({"x", "y"}), M2.__total__, M.__mro__, M)
try:
    isinstance({}, M)
except TypeError as e:
    print("TypeError:", e)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, Box.__mro__, get_origin(Box[int]), get_args(Box[str]))
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
class Closable(Protocol):
    def close(self) -> None: ...
try:
    isinstance(1, Closable)
except TypeError as e:
    print("TypeError:", e)
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], Sized2))
print(Callable[..., int], Iterator[int], get_origin(List[int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Tuple[int, ...]))
print(Dict[str, List[int]].__args__, get_origin(int), get_args(int), List[int] == List[int], List[int] == List[str])
print(int | str, str | None | int, type(int | str).__name__)
def f(a: int, b: "str") -> None: pass
