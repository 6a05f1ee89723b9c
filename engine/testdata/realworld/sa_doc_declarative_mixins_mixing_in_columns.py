# source: https://github.com/sqlalchemy/sqlalchemy/blob/rel_2_0_52/doc/build/orm/declarative_mixins.rst, section "Mixing in Columns"
# changes: the section's code blocks joined into one script; the imports it uses, a Base class, an engine and create_all added
from sqlalchemy.orm import Mapped
from datetime import datetime
from sqlalchemy.orm import mapped_column
from sqlalchemy import Column
from sqlalchemy import DateTime
from sqlalchemy import func
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=func.now())
    updated_at: Mapped[datetime]


class MyModel(TimestampMixin, Base):
    __tablename__ = "test"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=func.now())
    updated_at: Mapped[datetime]


class TimestampMixin:
    created_at = mapped_column(default=func.now())
    updated_at: Mapped[datetime] = mapped_column()


class TimestampMixin:
    created_at = Column(DateTime, default=func.now())
    updated_at = Column(DateTime)


from sqlalchemy import create_engine
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
