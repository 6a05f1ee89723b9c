# Update.ordered_values(): SET in the order given; values() after it, or it after values(), is an ArgumentError
from sqlalchemy import Table, Column, Integer, String, MetaData, update, create_engine, select
m = MetaData()
t = Table("t", m, Column("id", Integer, primary_key=True), Column("a", String), Column("b", String))
e = create_engine("sqlite://", echo=True)
m.create_all(e)
stmt = update(t).ordered_values((t.c.b, "x"), ("a", t.c.b + "y"))
print(stmt)
try:
    update(t).ordered_values().values(b="z", a="w")
except Exception as err:
    print(type(err).__name__, err)
print(update(t).ordered_values().ordered_values(("b", 1), ("a", 2)))
with e.begin() as c:
    c.execute(t.insert().values(id=1, a="p", b="q"))
    c.execute(stmt)
    print(c.execute(select(t)).all())
try:
    stmt.values(a="v")
except Exception as err:
    print(type(err).__name__, err)
try:
    update(t).values(a="v").ordered_values(("b", "w"))
except Exception as err:
    print(type(err).__name__, err)
