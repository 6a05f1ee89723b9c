# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/cascades.rst, section "Using foreign key ON DELETE cascade with ORM relationships"
# changes: the section's code blocks joined into one script; the imports it uses, a Base class, an engine and create_all added
from sqlalchemy.orm import mapped_column
from sqlalchemy import Integer
from sqlalchemy.orm import relationship
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parent"
    id = mapped_column(Integer, primary_key=True)
    children = relationship(
        "Child",
        back_populates="parent",
        cascade="all, delete",
        passive_deletes=True,
    )


class Child(Base):
    __tablename__ = "child"
    id = mapped_column(Integer, primary_key=True)
    parent_id = mapped_column(Integer, ForeignKey("parent.id", ondelete="CASCADE"))
    parent = relationship("Parent", back_populates="children")


from sqlalchemy import create_engine
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


# Scenario written by cascadelab: Remove one child from the collection.
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
    parent.children.remove(parent.children[0])
    session.commit()
