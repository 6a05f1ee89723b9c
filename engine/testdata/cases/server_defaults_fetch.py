# Values the database makes: server_default (a string, text(), func.now(),
# FetchedValue), a SQL default=, onupdate=, and when SQLAlchemy fetches them:
# RETURNING on INSERT, expired and loaded on the next read after an UPDATE,
# eager_defaults=True, implicit_returning=False. Clock values are checked
# by type, and cleared before the end so the final tables compare.
from sqlalchemy import Column, Integer, String, DateTime, FetchedValue, func, text, create_engine, insert, update, select
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Doc(Base):
    __tablename__ = "doc"
    id = Column(Integer, primary_key=True)
    title = Column(String(20))
    status = Column(String(10), server_default="new")
    rank = Column(Integer, server_default=text("10"))
    made = Column(DateTime, server_default=func.now())
    trig = Column(String, server_default=FetchedValue())
    stamp = Column(DateTime, default=func.current_timestamp())
    touched = Column(DateTime, onupdate=func.now())
    edits = Column(Integer, onupdate=text("edits + 1"), server_default=text("0"))


class Eager(Base):
    __tablename__ = "eager"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
    rank = Column(Integer, server_default=text("5"))
    changed = Column(Integer, onupdate=text("99"))
    __mapper_args__ = {"eager_defaults": True}


class NoReturning(Base):
    __tablename__ = "noret"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
    rank = Column(Integer, server_default=text("7"))
    __table_args__ = {"implicit_returning": False}


class NoReturningEager(Base):
    __tablename__ = "noret_eager"
    id = Column(Integer, primary_key=True)
    rank = Column(Integer, server_default=text("8"))
    __table_args__ = {"implicit_returning": False}
    __mapper_args__ = {"eager_defaults": True}


class Lazy(Base):
    __tablename__ = "lazy"
    id = Column(Integer, primary_key=True)
    rank = Column(Integer, server_default="3")
    __mapper_args__ = {"eager_defaults": False}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    d = Doc(title="a")
    s.add(d)
    s.flush()
    print(d.status, d.rank, type(d.made).__name__, d.trig, type(d.stamp).__name__, d.touched, d.edits)
    s.add_all([Doc(title="b"), Doc(title="c", status="given"), Doc(title="d"), Doc(title="e")])
    s.flush()
    d.title = "a2"
    s.flush()
    print(type(d.touched).__name__, d.edits)
    for x in s.scalars(select(Doc).where(Doc.id > 1)):
        x.title = x.title + "!"
    s.flush()
    print([(x.title, x.edits) for x in s.scalars(select(Doc).order_by(Doc.id))])
    e = Eager(name="e")
    s.add(e)
    s.flush()
    print(e.rank)
    e.name = "e2"
    s.flush()
    print(e.changed)
    n = NoReturning(name="n")
    keep = [n, NoReturningEager(), Lazy(), Lazy(id=9)]
    s.add_all(keep)
    s.flush()
    print(n.rank, s.get(NoReturningEager, 1).rank, s.get(Lazy, 1).rank, s.get(Lazy, 9).rank)
    s.commit()
with engine.begin() as conn:
    conn.execute(insert(Doc.__table__), [{"title": "core1"}, {"title": "core2"}])
    print(conn.execute(text("SELECT count(*) FROM doc WHERE stamp IS NOT NULL AND made IS NOT NULL")).scalar())
    conn.execute(text("UPDATE doc SET made = NULL, stamp = NULL, touched = NULL"))
