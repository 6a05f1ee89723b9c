# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/collection_api.rst, section "Dictionary Collections"
# changes: the section's Item/Note mapping with a list collection of tags beside it; views of the dictionary taken before it changes (live, as a dict's), set operations on them, iter() and reversed() while members come and go, a list collection's members removed while a loop walks it (the loop skips the next one, as a list's does)
from typing import Dict, List, Optional, Set
from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import attribute_keyed_dict, DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    notes: Mapped[Dict[str, "Note"]] = relationship(
        collection_class=attribute_keyed_dict("keyword"),
        cascade="all, delete-orphan",
    )
    tags: Mapped[List["Tag"]] = relationship(cascade="all, delete-orphan")


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    keyword: Mapped[str]
    text: Mapped[Optional[str]]

    def __init__(self, keyword, text):
        self.keyword = keyword
        self.text = text

    def __repr__(self):
        return f"Note({self.keyword!r})"


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    name: Mapped[str]

    def __repr__(self):
        return f"Tag({self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

item = Item()
keys = item.notes.keys()
values = item.notes.values()
items = item.notes.items()
print(len(keys), len(values), len(items))
item.notes["a"] = Note("a", "atext")
item.notes["b"] = Note("b", "btext")
print(len(keys), list(keys), list(values), list(items))
print(keys == {"a", "b"}, keys & {"a", "z"}, sorted(keys | {"c"}), keys - {"a"}, "a" in keys, "q" in keys)
print(keys, values, items)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(("a", item.notes["a"]) in items, list(reversed(keys)))
del item.notes["a"]
print(len(keys), sorted(keys), len(values), len(items))
it = iter(item.notes)
print(next(it))
n = Note("c", "ctext")
item.notes.set(n)
print(sorted(keys), sorted(k for k, v in items))
print(keys.isdisjoint({"x"}), items.isdisjoint([("b", None)]))

t1, t2, t3, t4 = Tag(name="t1"), Tag(name="t2"), Tag(name="t3"), Tag(name="t4")
item.tags.extend([t1, t2, t3, t4])
for t in item.tags:
    item.tags.remove(t)
print(item.tags)
item.tags = [t1, t2, t3]
removed = []
for t in item.tags:
    if t.name != "t2":
        removed.append(t)
print([t.name for t in removed], t2 in item.tags, t4 in item.tags)
rev = reversed(item.tags)
item.tags.append(t4)
print(list(rev))
it = iter(item.tags)
print(next(it))
item.tags.remove(item.tags[0])
print(next(it))

with Session(engine) as session:
    session.add(item)
    session.commit()
    k2 = item.notes.keys()
    print(sorted(k2), len(item.tags))
    item.notes.pop("b")
    print(sorted(k2))
    session.commit()
    print(sorted(item.notes.keys()))
