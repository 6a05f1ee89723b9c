# CursorResult.lastrowid of a Core INSERT: SQLite's rowid after execute(), None after an executemany
from sqlalchemy import Column, Integer, String, create_engine, insert, select, text, Table, MetaData
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
    name = Column(String)
e = create_engine("sqlite://")
Base.metadata.create_all(e)
t = A.__table__
with e.begin() as c:
    r = c.execute(t.insert(), dict(name="x")); print(r.lastrowid)
    r = c.execute(t.insert(), [dict(name="y"), dict(name="z")]); print(r.lastrowid)
    r = c.execute(insert(t).values(name="w")); print(r.lastrowid)

with Session(e) as s:
    print(s.execute(insert(t).values(name="v")).lastrowid)
