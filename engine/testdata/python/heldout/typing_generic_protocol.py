from typing import Generic, TypeVar, Protocol, Optional, Iterator, runtime_checkable

T = TypeVar("T")
K = TypeVar("K")

class Repo(Generic[T]):
    def __init__(self):
        self._items: dict = {}
        self._next = 1

    def add(self, item: T) -> int:
        i = self._next
        self._items[i] = item
        self._next += 1
        return i

    def get(self, i: int) -> Optional[T]:
        return self._items.get(i)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self):
        return len(self._items)

@runtime_checkable
class Named(Protocol):
    name: str
    def greet(self) -> str: ...

class Dog:
    name = "rex"
    def greet(self):
        return "woof"

r: Repo[str] = Repo()
r.add("a"); r.add("b")
print(list(r), len(r), r.get(2), r.get(9))
print(Repo[int].__name__ if hasattr(Repo[int], "__name__") else "alias")
print(isinstance(Dog(), Named), isinstance(3, Named))
print(T, repr(K), T.__name__)
IntRepo = Repo[int]
ir = IntRepo()
print(type(ir).__name__)
