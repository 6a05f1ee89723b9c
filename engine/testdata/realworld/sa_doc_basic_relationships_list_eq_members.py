# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/basic_relationships.rst, section "One To Many"
# changes: the section's Parent/Child mapping with Mapped[List[...]] and a cascade; Child defines __eq__ by name (object.__hash__ kept); in, index, count and remove() of the list collection with an equal new object, as a list compares members; an engine, create_all and a Session that commits
from typing import List
from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parent"
    id: Mapped[int] = mapped_column(primary_key=True)
    children: Mapped[List["Child"]] = relationship(cascade="all, delete-orphan")


class Child(Base):
    __tablename__ = "child"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id"))
    name: Mapped[str]

    def __eq__(self, other):
        return isinstance(other, Child) and other.name == self.name

    __hash__ = object.__hash__


p = Parent(children=[Child(name="a"), Child(name="b")])
print(Child(name="a") in p.children, Child(name="z") in p.children)
print(p.children.index(Child(name="b")), p.children.count(Child(name="a")))
try:
    p.children.remove(Child(name="a"))
except ValueError as e:
    print("ValueError", e)
print([c.name for c in p.children])
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(p)
    s.commit()
    print(len(p.children))
