# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/declarative_tables.rst, section "Customizing the Type Map"
# changes: the section's code blocks joined into one script; the imports it uses, an engine and create_all added
from sqlalchemy import VARCHAR


import datetime

from sqlalchemy import BIGINT, NVARCHAR, String, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {
        int: BIGINT,
        datetime.datetime: TIMESTAMP(timezone=True),
        # set up variants for str/String()
        str: String()
        # use NVARCHAR for MSSQL
        .with_variant(NVARCHAR, "mssql")
        # add a default VARCHAR length for MySQL
        .with_variant(VARCHAR(255), "mysql"),
    }


class SomeClass(Base):
    __tablename__ = "some_table"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[datetime.datetime]
    status: Mapped[str]


from sqlalchemy import create_engine
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
