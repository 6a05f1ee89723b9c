# An object added inside the flush (after_insert) is flushed by the next
# flush of the same commit; before_flush raising leaves the session usable;
# listeners on a sessionmaker reach only its sessions; before_delete of
# cascaded children
from sqlalchemy import create_engine, event, Column, Integer, String, ForeignKey, select
from sqlalchemy.orm import declarative_base, sessionmaker, relationship, object_session, Session

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    total = Column(Integer, default=0)
    lines = relationship("Line", backref="order", cascade="all, delete-orphan")


class Line(Base):
    __tablename__ = "lines"
    id = Column(Integer, primary_key=True)
    qty = Column(Integer)
    order_id = Column(ForeignKey("orders.id"))


class Log(Base):
    __tablename__ = "log"
    id = Column(Integer, primary_key=True)
    msg = Column(String)


@event.listens_for(Line, "after_insert")
def add_log(mapper, connection, target):
    # a new object added inside the flush: flushed by the next flush of the commit
    object_session(target).add(Log(msg="line %d" % target.id))


@event.listens_for(Line, "before_delete")
def bd(mapper, connection, target):
    print("deleting line", target.id, "of order", target.order_id, target.order.id)


maker = sessionmaker()
flushes = []


@event.listens_for(maker, "after_flush_postexec")
def count(session, ctx):
    flushes.append(len(session.new))


@event.listens_for(maker, "before_flush")
def bf(session, ctx, instances):
    for o in session.dirty:
        if isinstance(o, Order) and o.total < 0:
            raise ValueError("negative total")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
maker.configure(bind=engine)

s = maker()
o = Order(lines=[Line(qty=1), Line(qty=2)])
s.add(o)
s.commit()
print(flushes, s.scalars(select(Log.msg)).all())
o.total = -1
try:
    s.flush()
except ValueError as e:
    print("caught", e)
print(o.total, o in s.dirty)
o.total = 5
s.commit()
s.delete(o)
s.commit()
print(flushes, s.scalars(select(Line)).all())
plain = Session(engine)
plain.add(Order())
plain.commit()
print(flushes)
try:
    with maker.begin() as s2:
        s2.add(Line(qty=9))
        raise KeyError("x")
except KeyError:
    print("rolled back", s2.scalars(select(Line)).all())
