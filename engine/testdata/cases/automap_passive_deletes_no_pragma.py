# passive_deletes=True through generate_relationship, but SQLite's foreign
# keys are off: the ORM leaves the children to a database that does not
# enforce ON DELETE CASCADE, and they stay behind pointing at a deleted row.
from sqlalchemy import create_engine, text, select
from sqlalchemy.ext.automap import automap_base, generate_relationship
from sqlalchemy.orm import Session, interfaces

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY, name VARCHAR(50))"))
    conn.execute(text(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, name VARCHAR(50), "
        "FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)"))
    conn.execute(text("INSERT INTO parent (id, name) VALUES (1, 'p1'), (2, 'p2')"))
    conn.execute(text("INSERT INTO child (id, parent_id, name) VALUES (1, 1, 'a'), (2, 1, 'b'), (3, 2, 'c')"))


def _gen_relationship(base, direction, return_fn, attrname, local_cls, referred_cls, **kw):
    if direction is interfaces.ONETOMANY:
        kw["passive_deletes"] = True
    return generate_relationship(base, direction, return_fn, attrname, local_cls, referred_cls, **kw)


Base = automap_base()
Base.prepare(autoload_with=engine, generate_relationship=_gen_relationship)
Parent, Child = Base.classes.parent, Base.classes.child

session = Session(engine)
session.delete(session.get(Parent, 1))
session.commit()
print([(c.id, c.parent_id) for c in session.scalars(select(Child).order_by(Child.id))])
