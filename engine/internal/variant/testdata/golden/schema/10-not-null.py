# The models automap maps from this schema, written as declarative classes.
from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import backref, declarative_base, relationship

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"

    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)


class Child(Base):
    __tablename__ = "child"

    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"), nullable=False)

    parent = relationship("Parent", backref=backref("child_collection"))


# Scenario written by cascadelab: nullable=False on the foreign key, no cascade.
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    for i in range(1, 3):
        parent = Parent(name=f"parent {i}")
        session.add(parent)
        for j in range(1, 4):
            child = Child()
            parent.child_collection.append(child)
    session.commit()

with Session(engine) as session:
    parent = session.get(Parent, 1)
    session.delete(parent)
    session.commit()
