# func names in any case find SQLAlchemy's registered functions (func.MAX is max), a plain function without arguments (a server_default, a column)
from sqlalchemy import create_engine, select, func, Column, Integer, String, MetaData, Table
m = MetaData()
t = Table("t", m, Column("id", Integer, primary_key=True), Column("n", Integer), Column("ts", String, server_default=func.datetime()))
e = create_engine("sqlite://")
m.create_all(e)
with e.begin() as c:
    c.execute(t.insert(), [{"n": 1, "ts": "x"}, {"n": 5, "ts": "y"}])
    print(c.execute(select(func.MAX(t.c.n), func.Count(t.c.id))).all())
    print(select(func.MAX(t.c.n), func.Count(t.c.id), func.datetime()))
