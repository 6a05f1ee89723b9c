# source: the Generic[T] Stack example of typing tutorials (TypeVar, Generic, Optional return, Protocol with a runtime check)
from typing import Generic, TypeVar, Optional, Protocol, runtime_checkable, Iterable

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

    def __repr__(self) -> str:
        return f"Stack({self.items!r})"


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        print("closed")


def close_all(things: Iterable[SupportsClose]) -> int:
    n = 0
    for t in things:
        t.close()
        n += 1
    return n


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), s.pop(), s.pop())
print(Stack[int], Stack.__parameters__, T, isinstance(s, Stack))
print(isinstance(Resource(), SupportsClose), isinstance(5, SupportsClose), close_all([Resource(), Resource()]))
print(Stack.push.__annotations__, Optional[int], list[int], dict[str, list[int]])
