# insert(): Core inserts with values(), executemany with a list of dicts, table.insert(), returning() of columns, inserted_primary_key and rowcount; ORM bulk inserts through session.execute(insert(Class), [dicts]).
from sqlalchemy import Column, Integer, String, ForeignKey, Table, MetaData, create_engine, select, insert
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class User(Base):
    __tablename__ = "user_account"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    fullname = Column(String)
md = MetaData()
t = Table("t", md, Column("id", Integer, primary_key=True), Column("a", Integer), Column("b", String))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
md.create_all(engine)
with engine.begin() as conn:
    r = conn.execute(insert(t).values(a=1, b="x"))
    print(r.inserted_primary_key, r.rowcount)
    r = conn.execute(insert(t), [{"a": 2, "b": "y"}, {"a": 3, "b": "z"}])
    print(r.rowcount)
    r = conn.execute(t.insert().values(a=4))
    print(r.inserted_primary_key)
    r = conn.execute(insert(t).values(a=5).returning(t.c.id, t.c.b))
    print(r.all())
s = Session(engine)
s.execute(insert(User), [{"name": "a", "fullname": "A"}, {"name": "b", "fullname": "B"}])
s.execute(insert(User).values(name="c"))
s.commit()
print(s.scalars(select(User.name)).all())
print(s.scalars(insert(User).values(name="g").returning(User.id)).all())
with engine.connect() as conn:
    conn.execute(insert(t), [{"a": 6, "b": "p"}, {"a": 7}])
