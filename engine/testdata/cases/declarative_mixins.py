# Mixins and columns on the declarative base: declared in the class first, then each mixin's and the base's in MRO order (as 2.0 orders the table); @declared_attr for __tablename__, columns typed by the function's return annotation, and relationships; a mixin's plain relationship() is an error.
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, declared_attr, relationship

class Base(DeclarativeBase):
    @declared_attr.directive
    def __tablename__(cls) -> str:
        return cls.__name__.lower()
    id: Mapped[int] = mapped_column(primary_key=True)

class TimestampMixin:
    note: Mapped[str] = mapped_column(String(30), default="n")

class HasOwner:
    @declared_attr
    def owner_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("owner.id"))
    @declared_attr
    def owner(cls):
        return relationship("Owner")

class Owner(Base):
    name: Mapped[str]

class Item(TimestampMixin, HasOwner, Base):
    title: Mapped[str]

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    o = Owner(name="o")
    s.add(Item(title="t", owner=o))
    s.commit()
    print([(i.id, i.title, i.note, i.owner.name) for i in s.scalars(select(Item))])
    print(Item.__tablename__, Owner.__table__.name)
class M1:
    a = Column(Integer)
    b: Mapped[int] = mapped_column()
class M2:
    c = Column(String)
class X(M1, M2, Base):
    z = Column(Integer)
    y: Mapped[str]
class Y(M1, Base):
    a = Column(String)
Base.metadata.create_all(engine)
with Session(engine) as s2:
    s2.add_all([X(z=1, y="y", b=2, c="c"), Y(a="text", b=3)])
    s2.commit()
class Bad:
    owner = relationship("Owner")
class Z(Bad, Base):
    pass
