# dict(), {**m} and f(**m) of a RowMapping (any object with keys() is a mapping to dict()); its keys(), values() and items(); str() of a relationship read on a single-table subclass names the subclass
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select, text
from sqlalchemy.orm import declarative_base, Session, relationship
Base = declarative_base()
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String)
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    kind = Column(String)
    parent = relationship(Parent, foreign_keys=[parent_id])
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "child"}
class Sub(Child):
    __mapper_args__ = {"polymorphic_identity": "sub"}
from sqlalchemy.orm import configure_mappers
configure_mappers()
print(str(Child.parent), str(Sub.parent), Sub.parent is Sub.parent, Child.parent is Child.parent, Sub.parent.key)
e = create_engine("sqlite://")
Base.metadata.create_all(e)
s = Session(e)
s.add(Parent(name="p")); s.commit()
row = s.execute(select(Parent.id, Parent.name)).first()
m = row._mapping
print(dict(m), {**m}, m.keys(), m.values(), m.items(), list(m.items()), list(m.values()))
print("id" in m.keys(), 0 in m.keys(), len(m.keys()), m.keys() == ["id", "name"], m.keys() == ("name", "id"), m.keys() != ["id"])
print(dict(s.execute(text("select 1 as a, 2 as b")).first()._mapping))
def f(**kw):
    return kw
print(f(**m))
d = {}
d.update(m)
print(d, dict(m, extra=1))
