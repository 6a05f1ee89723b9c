# plain-Python parts of realworld scripts: an in-memory "repository" in place of a session
from dataclasses import dataclass, field
from typing import Optional, List
import itertools

_ids = itertools.count(1)

@dataclass
class Post:
    title: str
    body: str = ""
    author_id: Optional[int] = None
    id: int = field(default_factory=lambda: next(_ids))
    comments: List[str] = field(default_factory=list)

class Repo:
    def __init__(self):
        self.rows = {}
    def add(self, obj):
        self.rows[obj.id] = obj
    def add_all(self, objs):
        for o in objs:
            self.add(o)
    def get(self, id):
        return self.rows.get(id)
    def filter_by(self, **kw):
        return [o for o in self.rows.values() if all(getattr(o, k) == v for k, v in kw.items())]
    def delete(self, obj):
        del self.rows[obj.id]
    def __len__(self):
        return len(self.rows)

repo = Repo()
repo.add_all([Post("Hello", author_id=1), Post("World", author_id=2), Post("Again", "b", 1)])
print(len(repo), repo.get(2), repo.get(9))
print(repo.filter_by(author_id=1))
p = repo.get(1)
p.comments.append("nice")
repo.delete(repo.get(2))
print([(p.id, p.title, len(p.comments)) for p in repo.rows.values()])
print(sorted(repo.rows), next(_ids))
