# an execution's parameter dicts may carry keys naming no column: SQLAlchemy ignores them (Core and ORM, one dict or several); values() of such a key raises
from sqlalchemy import create_engine, Table, Column, Integer, String, MetaData, insert
m = MetaData()
t = Table("t", m, Column("id", Integer, primary_key=True), Column("name", String))
e = create_engine("sqlite://")
m.create_all(e)
with e.begin() as conn:
    conn.execute(insert(t), {"name": "a", "bogus": 1})
    conn.execute(insert(t), [{"name": "b", "bogus": 1}, {"name": "c", "bogus": 2}])
    conn.execute(t.insert(), [{"id": 9, "bogus": 1}])
    try:
        conn.execute(insert(t).values(bogus=1))
    except Exception as err:
        print(type(err).__name__, err)
    print(conn.execute(t.select()).all())
