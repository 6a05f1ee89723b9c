# Mapper events on an unmapped declarative_base() with propagate=True reach
# joined-inheritance classes; listeners write audit rows through their
# connection (insert().values, a dict, a list of dicts); before_update bumps a column
from datetime import datetime
from sqlalchemy import create_engine, event, Column, Integer, String, ForeignKey, insert, select, Table
from sqlalchemy.orm import declarative_base, sessionmaker, relationship

Base = declarative_base()

audit = Table("audit", Base.metadata, Column("id", Integer, primary_key=True), Column("what", String), Column("row_id", Integer))


class Person(Base):
    __tablename__ = "person"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    version = Column(Integer, default=0)
    type = Column(String)
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "person"}


class Engineer(Person):
    __tablename__ = "engineer"
    id = Column(Integer, ForeignKey("person.id"), primary_key=True)
    lang = Column(String)
    __mapper_args__ = {"polymorphic_identity": "engineer"}


@event.listens_for(Base, "before_insert", propagate=True)
def bi(mapper, connection, target):
    target.name = (target.name or "") + "!"
    if isinstance(target, Engineer):
        target.lang = (target.lang or "py").upper()


@event.listens_for(Base, "after_insert", propagate=True)
def ai(mapper, connection, target):
    connection.execute(insert(audit).values(what="insert " + mapper.class_.__name__, row_id=target.id))


@event.listens_for(Person, "before_update", propagate=True)
def bu(mapper, connection, target):
    target.version = target.version + 1
    connection.execute(audit.insert(), {"what": "update", "row_id": target.id})


@event.listens_for(Person, "after_delete", propagate=True)
def ad(mapper, connection, target):
    connection.execute(audit.insert(), [{"what": "delete", "row_id": target.id}, {"what": "delete2", "row_id": target.id}])


Session = sessionmaker()


@event.listens_for(Session, "after_flush")
def af(session, ctx):
    for obj in session.new:
        pass
    print("after_flush new", sorted(o.name for o in session.new), "dirty", sorted(o.name for o in session.dirty))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session.configure(bind=engine)

with Session.begin() as s:
    s.add_all([Person(name="ann"), Engineer(name="bob", lang="go"), Engineer(name="cy")])

with Session() as s:
    people = s.scalars(select(Person).order_by(Person.id)).all()
    print([(p.name, p.version, getattr(p, "lang", None)) for p in people])
    people[1].lang = "rust"
    people[0].name = "ann2"
    s.commit()
    print([(p.name, p.version) for p in s.scalars(select(Person).order_by(Person.id))])
    s.delete(people[2])
    s.commit()
    print(s.execute(select(audit.c.what, audit.c.row_id)).all())
