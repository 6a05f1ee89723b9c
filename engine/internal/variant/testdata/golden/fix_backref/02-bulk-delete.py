# Answer 2: keep the relationship on the child, put the cascade on the backref.
from sqlalchemy import Column, Integer, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, backref

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parentid = Column(Integer, ForeignKey(Parent.id))
    parent = relationship(Parent, backref=backref("children", cascade="all, delete-orphan"))


# Scenario written by cascadelab: As written, bulk query().delete().
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
    session.query(Parent).filter(Parent.id == 1).delete()
    session.commit()
