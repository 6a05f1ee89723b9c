# Answer 1: the relationship and its cascade live on the parent.
from sqlalchemy import Column, Integer, ForeignKey
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", back_populates="parent")


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parentid = Column(Integer, ForeignKey("parent.id"), nullable=False)
    parent = relationship("Parent", back_populates="children")


# Scenario written by cascadelab: nullable=False on the foreign key, no cascade.
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    for i in range(1, 3):
        parent = Parent()
        session.add(parent)
        for j in range(1, 4):
            child = Child()
            parent.children.append(child)
    session.commit()

with Session(engine) as session:
    parent = session.get(Parent, 1)
    session.delete(parent)
    session.commit()
