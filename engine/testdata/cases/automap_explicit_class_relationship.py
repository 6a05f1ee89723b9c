# The usual fix people write for automap: declare the parent class on the
# automap base with its own one-to-many (cascade and passive_deletes), and
# let prepare() reflect the rest. Automap still adds its backref
# child_collection on the parent, with the default cascade.
from sqlalchemy import create_engine, event, text, select
from sqlalchemy.ext.automap import automap_base
from sqlalchemy.orm import Session, relationship

engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def fk_on(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


with engine.begin() as conn:
    conn.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)"))
    conn.execute(text(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, "
        "FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)"))
    conn.execute(text("INSERT INTO parent VALUES (1, 'a'), (2, 'b')"))
    conn.execute(text("INSERT INTO child VALUES (1, 1), (2, 1), (3, 2)"))

Base = automap_base()


class Parent(Base):
    __tablename__ = "parent"
    children = relationship("child", cascade="all, delete-orphan", passive_deletes=True)


Base.prepare(autoload_with=engine)
Child = Base.classes.child
print(sorted(Base.classes.keys()), Parent.__table__.c.keys())

with Session(engine) as session:
    p = session.get(Parent, 1)
    print(p.name)
    session.delete(p)
    session.commit()
    print([(c.id, c.parent_id) for c in session.scalars(select(Child).order_by(Child.id))])
