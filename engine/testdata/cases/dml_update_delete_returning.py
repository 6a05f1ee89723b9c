# update()/delete().returning(): ORM returning(Class) loading objects through the identity map, returning(columns), Core on a Connection, str() qualified
from sqlalchemy import create_engine, select, update, delete, MetaData, Table, Column, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
class Base(DeclarativeBase): pass
class U(Base):
    __tablename__ = "u"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    note: Mapped[str] = mapped_column(default="n")
    def __repr__(self): return f"U({self.id}, {self.name}, {self.note})"
m = MetaData()
t = Table("t", m, Column("id", Integer, primary_key=True), Column("x", String))
e = create_engine("sqlite://")
Base.metadata.create_all(e)
m.create_all(e)
s = Session(e)
s.add_all([U(name="a"), U(name="b"), U(name="c")]); s.commit()
a = s.get(U, 1)
r = s.scalars(update(U).where(U.name == "a").values(note="z").returning(U)).all()
print(r, r[0] is a, a.note)
print(s.execute(update(U).where(U.id > 1).values(note="q").returning(U.id, U.note)).all())
print(s.execute(delete(U).where(U.id == 3).returning(U.id, U.name)).all())
print(s.scalars(select(U)).all())
stmt = update(U).where(U.id == 1).values(name="w").returning(U.id)
print(stmt)
print(delete(U).where(U.id == 1).returning(U.id, U.name))
with e.begin() as c:
    c.execute(t.insert(), [{"x": "1"}, {"x": "2"}])
    r = c.execute(t.update().where(t.c.id == 1).values(x="9").returning(t.c.x, t.c.id))
    print(r.all())
    print(c.execute(t.delete().returning(t.c.id)).all())
