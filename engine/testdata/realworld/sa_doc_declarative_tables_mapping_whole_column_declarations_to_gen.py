# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/declarative_tables.rst, section "Mapping Whole Column Declarations to Generic Python Types"
# changes: the section's code blocks joined into one script; the imports it uses, an engine and create_all added
from sqlalchemy.orm import DeclarativeBase
from typing import Any
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column


from typing import Annotated
from typing import TypeVar

T = TypeVar("T", bound=Any)

PrimaryKey = Annotated[T, mapped_column(primary_key=True)]


import uuid


class Base(DeclarativeBase):
    pass


class A(Base):
    __tablename__ = "a"

    # will create an Integer primary key
    id: Mapped[PrimaryKey[int]]


class B(Base):
    __tablename__ = "b"

    # will create a UUID primary key
    id: Mapped[PrimaryKey[uuid.UUID]]


from sqlalchemy import create_engine
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
