# Reflection without automap: MetaData.reflect, Table(autoload_with=), and the
# reflected tables used from Core and from a classic mapping.
from sqlalchemy import create_engine, text, MetaData, Table, select, delete
from sqlalchemy.exc import NoSuchTableError

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE parent (id INTEGER NOT NULL, name VARCHAR(30), PRIMARY KEY (id))"))
    conn.execute(text("CREATE TABLE child (id INTEGER NOT NULL, parent_id INTEGER, PRIMARY KEY (id), FOREIGN KEY(parent_id) REFERENCES parent)"))
    conn.execute(text("CREATE INDEX ix_child_parent_id ON child (parent_id)"))
    conn.execute(text("INSERT INTO parent VALUES (1, 'a'), (2, 'b')"))
    conn.execute(text("INSERT INTO child VALUES (10, 1), (11, 2)"))

md = MetaData()
md.reflect(engine)
print(sorted(md.tables))
print([t.name for t in md.sorted_tables])

md2 = MetaData()
child = Table("child", md2, autoload_with=engine)
print(sorted(md2.tables))
print([c.name for c in child.c])

try:
    Table("nope", MetaData(), autoload_with=engine)
except NoSuchTableError as e:
    print("NoSuchTableError", e)

md3 = MetaData()
md3.reflect(engine, only=["parent"])
print(sorted(md3.tables))

with engine.begin() as conn:
    conn.execute(delete(md.tables["child"]).where(md.tables["child"].c.parent_id == 1))
    print(conn.execute(select(md.tables["child"].c.id)).all())
