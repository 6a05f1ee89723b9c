# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/persistence_techniques.rst, section "Case 3: non primary key, RETURNING or equivalent is not supported or not needed"
# changes: the section's code blocks joined into one script; the imports it uses, a Base class, an engine and create_all added
from sqlalchemy.orm import mapped_column
from sqlalchemy import Integer
from sqlalchemy import DateTime
from sqlalchemy import String
from sqlalchemy import FetchedValue
from sqlalchemy import func
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


class MyModel(Base):
    __tablename__ = "my_table"

    id = mapped_column(Integer, primary_key=True)
    timestamp = mapped_column(DateTime(), server_default=func.now())

    # assume a database trigger populates a value into this column
    # during INSERT
    special_identifier = mapped_column(String(50), server_default=FetchedValue())


from sqlalchemy import create_engine
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
