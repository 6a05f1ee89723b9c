# Query[a:b] and a dynamic relationship sliced: LIMIT/OFFSET as orm.util._getitem computes them,
# a step applied to the fetched list, negative bounds refused.
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", lazy="dynamic", backref="parent", order_by="Child.id")

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    parent_id = Column(Integer, ForeignKey("parent.id"))

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
p = Parent(children=[Child(name=n) for n in "abcdef"])
print([c.name for c in p.children[1:3]])
s.add(p)
s.commit()
q = s.query(Child).order_by(Child.id)
print([c.name for c in q[1:3]])
print([c.name for c in q[:2]])
print([c.name for c in q[4:]])
print([c.name for c in q[0:6:2]])
print(q[3:3])
print([c.name for c in p.children[2:4]])
try:
    q[-2:]
except IndexError as e:
    print("IndexError", e)
