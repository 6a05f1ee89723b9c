# A child moved to another parent by appending it to the new collection leaves the
# old parent's collection (the backref), so deleting the old parent with
# delete-orphan cascade keeps it (found by the generated scenarios).
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base, relationship
engine = create_engine("sqlite://")
Base = declarative_base()
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", cascade="all, delete-orphan", back_populates="parent")
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="children")
Base.metadata.create_all(engine)
session = Session(engine)
session.add(Parent(children=[Child()]))
session.add(Parent(children=[Child()]))
session.commit()
p = session.get(Parent, 1)
q = session.get(Parent, 2)
c = p.children[0]
q.children.append(c)
print(len(p.children), c.parent is q)
session.delete(p)
session.commit()
print(session.scalars(select(Child.id, )).all())
