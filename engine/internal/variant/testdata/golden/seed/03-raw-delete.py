from sqlalchemy import Column, Integer, ForeignKey
from sqlalchemy.orm import relationship
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key = True)

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key = True)
    parentid = Column(Integer, ForeignKey(Parent.id))
    parent = relationship(Parent, cascade = "all,delete", backref = "children")


# Scenario written by cascadelab: As written, raw DELETE through a connection.
from sqlalchemy import create_engine, text
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

with engine.begin() as connection:
    connection.execute(text("DELETE FROM parent WHERE id = 1"))
