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
