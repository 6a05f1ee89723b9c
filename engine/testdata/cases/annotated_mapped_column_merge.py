# Annotated[T, mapped_column(...)] lends its arguments to each attribute's column; an attribute's own default= is dropped when the Annotated one has a default, insert_default= is kept (2.0.52)
from typing import Annotated, Optional
from sqlalchemy import String, ForeignKey, create_engine, select, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
intpk = Annotated[int, mapped_column(primary_key=True)]
str50 = Annotated[str, mapped_column(String(50))]
required_name = Annotated[str, mapped_column(String(30), nullable=False)]
seven = Annotated[int, mapped_column(default=7)]
class Base(DeclarativeBase):
    pass
class Company(Base):
    __tablename__ = "company"
    id: Mapped[intpk]
    name: Mapped[str50]
    code: Mapped[Optional[str50]]
    title: Mapped[required_name] = mapped_column(String(10))
    ts: Mapped[seven]
    other: Mapped[seven] = mapped_column(default=9)
    third: Mapped[seven] = mapped_column(insert_default=3)
class Person(Base):
    __tablename__ = "person"
    id: Mapped[intpk]
    company_id: Mapped[Annotated[int, mapped_column(ForeignKey("company.id"))]]
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(Company(name="a", title="t"))
    s.commit()
    print(s.execute(select(Company.ts, Company.other, Company.third)).all())
