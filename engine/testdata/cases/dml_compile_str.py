# Update/Delete .compile() (default and SQLite dialects, an engine) and its params, str() of an UPDATE without values(), an IN list shown as its expanding parameter whatever the dialect; probed against 2.0.52
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, update, delete, bindparam, Table, MetaData
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.dialects import sqlite
class Base(DeclarativeBase): pass
class User(Base):
    __tablename__ = "user_account"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    fullname = Column(String)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
t = User.__table__
u = update(t).where(t.c.name == "patrick").values(fullname="Patrick the Star")
c = u.compile()
print(c)
print(c.params)
print(u.compile(dialect=sqlite.dialect()))
print(u.compile(engine))
d = delete(User).where(User.name.in_(["a", "b"])).where(User.id > 3)
print(d.compile())
print(str(d.compile(dialect=sqlite.dialect())))
u2 = update(User).values(name=User.name + "x").where(User.id == bindparam("uid"))
print(u2.compile())
print(u2.compile().params)
u3 = update(t).values({t.c.name: "n", "fullname": "f"})
print(u3.compile(), u3.compile().params)
print(update(t).compile())
