from dataclasses import dataclass, field, fields, asdict, astuple
from typing import List, Dict, Optional

@dataclass
class Tag:
    name: str
    weight: float = 1.0

@dataclass
class Article:
    title: str
    tags: List[Tag] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict)
    author: Optional[str] = None
    views: int = field(default=0, repr=False)
    slug: str = field(init=False, default="")

    def __post_init__(self):
        self.slug = self.title.lower().replace(" ", "-")

a = Article("Hello World", [Tag("py"), Tag("db", 2.5)], {"x": 1})
b = Article("Second Post")
b.tags.append(Tag("misc"))
print(a)
print(b)
print(Article("Third").tags)
print(asdict(a))
print(astuple(a))
print([f.name for f in fields(a)])
print([(f.name, f.init, f.repr) for f in fields(Article)])
print(a == Article("Hello World", [Tag("py"), Tag("db", 2.5)], {"x": 1}))
print(a.__dataclass_fields__["views"].default)
