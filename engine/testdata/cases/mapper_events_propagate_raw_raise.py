# Mapper events: propagate=True on a base reaches a joined subclass, a
# listener on Base without it never fires, raw=True passes the InstanceState,
# a listener raising aborts the flush
from sqlalchemy import create_engine, event, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Session, relationship, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Thing(Base):
    __tablename__ = "thing"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    kind: Mapped[str] = mapped_column(default="thing")
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "thing"}


class Widget(Thing):
    __tablename__ = "widget"
    id: Mapped[int] = mapped_column(ForeignKey("thing.id"), primary_key=True)
    size: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"polymorphic_identity": "widget"}


@event.listens_for(Thing, "before_insert", propagate=True)
def bi(mapper, connection, target):
    print("bi", mapper.class_.__name__, type(target).__name__, target.name)


@event.listens_for(Thing, "after_insert")
def ai_noprop(mapper, connection, target):
    print("ai (no propagate)", type(target).__name__)


@event.listens_for(Base, "before_delete", propagate=True)
def bd(mapper, connection, target):
    print("bd", type(target).__name__, target.id)


def bd_raw(mapper, connection, state):
    print("bd raw", type(state).__name__, state.obj().name)


event.listen(Widget, "before_delete", bd_raw, raw=True)


@event.listens_for(Widget, "before_update")
def bu(mapper, connection, target):
    print("bu", target.name)
    if target.name == "boom":
        raise ValueError("no boom")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

s = Session(engine)
s.add_all([Widget(name="w1"), Thing(name="t1"), Widget(name="w2")])
s.commit()
w = s.get(Widget, 1)
w.name = "boom"
try:
    s.commit()
except ValueError as e:
    print("caught", e)
    s.rollback()
print(w.name)
s.delete(w)
s.delete(s.get(Thing, 2))
s.commit()
print(s.query(Thing).count())
