# Table.primary_key and a Core column's repr, as the unified tutorial prints them
from sqlalchemy import MetaData, Table, Column, Integer, String, ForeignKey, Text, Boolean, create_engine, insert, delete

m = MetaData()
t = Table("user_account", m, Column("id", Integer, primary_key=True), Column("name", String(30), nullable=False))
print(t.primary_key)
print(repr(t.c.name), [repr(c) for c in [t.c.id]])
a = Table("a", m, Column("x", Integer, primary_key=True), Column("y", Integer, ForeignKey("user_account.id"), primary_key=True), Column("z", Text), Column("w", Boolean, nullable=True))
print(a.primary_key)
print(repr(a.c.z), repr(a.c.w), str(a.c.y))
b = Table("b", m, Column("q", String))
print(m, t, str(a))
print(b.primary_key, repr(b.c.q))
engine = create_engine("sqlite://")
m.create_all(engine)
with engine.begin() as conn:
    conn.execute(insert(t).values(id=1, name="x"))
    conn.execute(delete(t).where(t.c.id == 1))

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


print(Base.metadata, Base.registry is Base.registry)
