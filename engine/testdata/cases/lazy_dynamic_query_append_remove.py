from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    children = relationship("Child", lazy="dynamic", backref="parent")

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    parent_id = Column(Integer, ForeignKey("parent.id"))

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
p = Parent(name="p")
p.children.append(Child(name="a"))
p.children.extend([Child(name="b"), Child(name="c")])
s.add(p)
print(p.children.count())
s.commit()
print(p.children.count())
print([c.name for c in p.children.order_by(Child.name.desc())])
print(p.children.filter(Child.name != "a").count())
print(p.children.filter_by(name="b").first().name)
print(p.children[1].name)
print(len(p.children.all()))
c = p.children.filter_by(name="a").one()
p.children.remove(c)
s.commit()
s.delete(p)
s.commit()
print(s.query(Child).count())
