# The fix for automap: a generate_relationship hook gives every one-to-many
# passive_deletes=True (and the ORM cascade), and a connect listener turns on
# SQLite's foreign keys, so the database's ON DELETE CASCADE removes the
# children the ORM did not load.
from sqlalchemy import create_engine, event, text, select, func
from sqlalchemy.ext.automap import automap_base, generate_relationship
from sqlalchemy.orm import Session, interfaces

engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def set_sqlite_pragma(dbapi_connection, connection_record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


with engine.begin() as conn:
    conn.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY, name VARCHAR(50))"))
    conn.execute(text(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, name VARCHAR(50), "
        "FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)"))
    conn.execute(text("INSERT INTO parent (id, name) VALUES (1, 'p1'), (2, 'p2')"))
    conn.execute(text("INSERT INTO child (id, parent_id, name) VALUES (1, 1, 'a'), (2, 1, 'b'), (3, 2, 'c')"))


def _gen_relationship(base, direction, return_fn, attrname, local_cls, referred_cls, **kw):
    if direction is interfaces.ONETOMANY:
        kw["cascade"] = "all, delete-orphan"
        kw["passive_deletes"] = True
    return generate_relationship(base, direction, return_fn, attrname, local_cls, referred_cls, **kw)


Base = automap_base()
Base.prepare(autoload_with=engine, generate_relationship=_gen_relationship)
Parent = Base.classes.parent
Child = Base.classes.child

with Session(engine) as session:
    p = session.get(Parent, 1)
    session.delete(p)
    session.commit()
    print(session.scalar(select(func.count()).select_from(Child)))
    for c in session.scalars(select(Child)):
        print(c.id, c.parent_id)
