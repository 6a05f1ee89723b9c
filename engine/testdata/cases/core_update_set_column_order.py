# update().values(): SET follows the table's column order, a column given again takes the later value
from sqlalchemy import Table, Column, Integer, String, MetaData, update, create_engine, select
m = MetaData()
t = Table("t", m, Column("id", Integer, primary_key=True), Column("a", String), Column("b", String))
e = create_engine("sqlite://", echo=True)
m.create_all(e)
with e.begin() as c:
    c.execute(t.insert().values(id=1, a="p", b="q"))
    c.execute(update(t).values(b=t.c.a, a=t.c.b))
    c.execute(update(t).values(b="x").values(b="y", a="z"))
    print(c.execute(select(t)).all())
print(update(t).values(b="x").values(b="y", a="z"))
