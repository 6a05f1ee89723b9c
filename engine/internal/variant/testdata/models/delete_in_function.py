from sqlalchemy import Column, ForeignKey, Integer, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", backref="parent")


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))


engine = create_engine("sqlite://")


def create():
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Parent(children=[Child(), Child()]))
        session.add(Parent(children=[Child()]))
        session.commit()


def delete_one():
    with Session(engine) as session:
        p = session.get(Parent, 1)
        session.delete(p)
        session.commit()


def main():
    create()
    delete_one()


main()
