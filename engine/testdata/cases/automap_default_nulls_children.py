# An existing SQLite database whose foreign key says ON DELETE CASCADE, mapped
# with automap: the generated one-to-many has the default cascade and no
# passive_deletes, so the ORM loads the children and sets their parent_id to
# NULL before the database could cascade.
from sqlalchemy import create_engine, text, select
from sqlalchemy.ext.automap import automap_base
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY, name VARCHAR(50))"))
    conn.execute(text(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, name VARCHAR(50), "
        "FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)"))
    conn.execute(text("INSERT INTO parent (id, name) VALUES (1, 'p1'), (2, 'p2')"))
    conn.execute(text("INSERT INTO child (id, parent_id, name) VALUES (1, 1, 'a'), (2, 1, 'b'), (3, 2, 'c')"))

Base = automap_base()
Base.prepare(autoload_with=engine)
Parent = Base.classes.parent
Child = Base.classes.child
print(sorted(Base.classes.keys()))

with Session(engine) as session:
    p = session.get(Parent, 1)
    print([c.name for c in p.child_collection])
    print(Parent.child_collection, Child.parent)
    session.delete(p)
    session.commit()
    for c in session.scalars(select(Child).order_by(Child.id)):
        print(c.id, c.parent_id, c.name)
