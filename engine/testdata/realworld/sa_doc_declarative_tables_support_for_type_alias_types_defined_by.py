# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/declarative_tables.rst, section "Support for Type Alias Types (defined by PEP 695) and NewType"
# changes: the section's code blocks joined into one script; the imports it uses, an engine and create_all added
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column


from typing import NewType

nstr30 = NewType("nstr30", str)
nstr50 = NewType("nstr50", str)


from typing import NewType

nstr30 = NewType("nstr30", str)


class Base(DeclarativeBase):
    pass


class SomeClass(Base):
    __tablename__ = "some_table"

    # a NewType is a new kind of type, so this will emit a deprecation
    # warning in 2.0 and fail in 2.1, as nstr30 is not present
    # in the type_annotation_map.
    id: Mapped[nstr30] = mapped_column(primary_key=True)


from sqlalchemy import create_engine
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
