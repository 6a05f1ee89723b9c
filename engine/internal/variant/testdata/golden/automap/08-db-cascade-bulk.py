# The models automap maps from this schema, written as declarative classes.
from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlalchemy.orm import backref, declarative_base, relationship

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"

    id = Column(Integer, primary_key=True)
    name = Column(Text)


class Child(Base):
    __tablename__ = "child"

    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"))
    name = Column(Text)

    parent = relationship("Parent", backref=backref("child_collection", passive_deletes=True))


# Scenario written by cascadelab: Database cascade + bulk delete.
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def enable_foreign_keys(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


Base.metadata.create_all(engine)

with Session(engine) as session:
    for i in range(1, 3):
        parent = Parent(name=f"parent {i}")
        session.add(parent)
        for j in range(1, 4):
            child = Child(name=f"child {i}.{j}")
            parent.child_collection.append(child)
    session.commit()

with Session(engine) as session:
    session.query(Parent).filter(Parent.id == 1).delete()
    session.commit()
