# insert().values() of a list of dicts: one row of VALUES each (key_mN binds, defaults filled per row), a select() as a value, RETURNING
from sqlalchemy import create_engine, MetaData, Table, Column, Integer, String, select, insert, ForeignKey
m = MetaData()
u = Table("u", m, Column("id", Integer, primary_key=True), Column("name", String))
a = Table("a", m, Column("id", Integer, primary_key=True), Column("uid", ForeignKey("u.id")), Column("e", String, default="dflt"), Column("n", Integer))
e = create_engine("sqlite://")
m.create_all(e)
with e.begin() as c:
    c.execute(insert(u).values([{"name": "x"}, {"name": "y"}]))
    s = insert(a).values([{"uid": select(u.c.id).where(u.c.name == "x"), "n": 1}, {"uid": 2, "e": "q", "n": 3}, {"n": 4, "uid": None}])
    print(s)
    r = c.execute(s)
    print(r.rowcount)
    print(c.execute(select(a)).all())
    print(insert(u).values([{"name": "x"}, {"name": "y"}]).returning(u.c.id))
    print(c.execute(insert(u).values([{"name": "x"}, {"name": "y"}]).returning(u.c.id)).all())
