from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    children = relationship("Child", back_populates="parent")

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="children")

engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
session = Session(engine)
p = Parent(name="p")
session.add(p)
session.commit()
c = Child()
c.parent = p
session.add(c)
print(len(p.children))
session.commit()
c2 = Child()
session.add(c2)
p.children.append(c2)
print(c2.parent.name)
session.commit()
print([x.id for x in p.children])
