# an ORM insert().values() of a list of dicts and of a select(), with returning(Class) and returning(columns)
from sqlalchemy import create_engine, select, insert, ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
class Base(DeclarativeBase): pass
class U(Base):
    __tablename__ = "u"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    note: Mapped[str] = mapped_column(default="n")
    def __repr__(self): return f"U({self.id}, {self.name}, {self.note})"
e = create_engine("sqlite://")
Base.metadata.create_all(e)
s = Session(e)
s.execute(insert(U).values([{"name": "a"}, {"name": "b", "note": "x"}]))
print(s.scalars(insert(U).values([{"name": select(U.name).where(U.id == 1)}, {"name": "d"}]).returning(U)).all())
print(s.execute(insert(U).values(name=select(U.name).where(U.id == 2)).returning(U.id, U.name)).all())
print(s.execute(insert(U).values(name=select(U.name).where(U.id == 2))).rowcount)
print(s.scalars(select(U)).all())
print(insert(U).values([{"name": "a"}, {"name": "b", "note": "x"}]))
