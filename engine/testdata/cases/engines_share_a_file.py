# Two scripts of one repository that share a database file, run one after
# the other in one process: each makes its own engine on "app.db", and what
# the first commits the second reads (SQLAlchemy connects each engine to the
# file; cascadelab shares one in-memory database between them).
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    children = relationship("Child", cascade="all, delete-orphan")


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))


other = create_engine("sqlite:///other.db")
Base.metadata.create_all(other)
with Session(other) as session:
    print(session.query(Parent).count())

first = create_engine("sqlite:///app.db")
Base.metadata.create_all(first)
with Session(first) as session:
    session.add_all([Parent(name="a", children=[Child(), Child()]), Parent(name="b", children=[Child()])])
    session.commit()

second = create_engine("sqlite:///./app.db")
Base.metadata.create_all(second)
with Session(second) as session:
    session.delete(session.get(Parent, 1))
    session.commit()
    print(session.query(Child).count())

with Session(first) as session:
    print([p.name for p in session.query(Parent)], session.query(Child).count())
