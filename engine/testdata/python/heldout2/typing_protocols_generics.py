# source: repository/service layer typing (TypeVar, Generic repository, Optional returns, Protocol for storage) in FastAPI-style projects
from typing import Dict, Generic, Iterator, List, Optional, Protocol, TypeVar, Union
from dataclasses import dataclass

T = TypeVar("T")
K = TypeVar("K", int, str)

class HasId(Protocol):
    id: int

@dataclass
class User:
    id: int
    name: str

@dataclass
class Post:
    id: int
    title: str
    author_id: int

class Repo(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[int, T] = {}
    def add(self, item: T) -> T:
        self._items[item.id] = item
        return item
    def get(self, id: int) -> Optional[T]:
        return self._items.get(id)
    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())
    def __len__(self) -> int:
        return len(self._items)

users: Repo[User] = Repo()
posts = Repo[Post]()
users.add(User(1, "ann"))
users.add(User(2, "bob"))
posts.add(Post(10, "hello", 1))
posts.add(Post(11, "again", 1))
print(users.get(1), users.get(3), len(posts), [p.title for p in posts if p.author_id == 1])
print(Repo[User], Optional[int], Union[int, str], List[Dict[str, int]], T, K.__constraints__)
print(Repo.__parameters__, Repo[int].__origin__ is Repo, type(users).__name__, isinstance(users, Repo))
def first(xs: List[T]) -> T:
    return xs[0]
print(first([3, 2]), first.__annotations__)
print(User.__annotations__, Repo.add.__annotations__["return"])
