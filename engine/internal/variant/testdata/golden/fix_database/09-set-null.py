# Answer 3: let the database cascade: ON DELETE CASCADE, passive_deletes=True,
# and SQLite told to enforce foreign keys on every connection.
from sqlalchemy import Column, Integer, ForeignKey, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


@event.listens_for(Engine, "connect")
def enable_foreign_keys(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", back_populates="parent", passive_deletes=True)


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parentid = Column(Integer, ForeignKey("parent.id", ondelete="SET NULL"))
    parent = relationship("Parent", back_populates="children")


# Scenario written by cascadelab: ondelete="SET NULL" + passive_deletes=True.
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def enable_foreign_keys(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


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
