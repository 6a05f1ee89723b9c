# Mapper events on a mixin with propagate=True set timestamps inside the
# flush (they go into the INSERT/UPDATE); before_update fires for a
# collection-only change; deletes fire children first, as the unit of work orders them
from datetime import datetime
from sqlalchemy import create_engine, event, Column, Integer, String, ForeignKey, DateTime
from sqlalchemy.orm import DeclarativeBase, Session, relationship, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class TimestampMixin:
    created: Mapped[str] = mapped_column(String, nullable=True)
    updated: Mapped[str] = mapped_column(String, nullable=True)


class Parent(TimestampMixin, Base):
    __tablename__ = "parent"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")


class Child(TimestampMixin, Base):
    __tablename__ = "child"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    parent_id = mapped_column(ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="children")


counter = [0]


def tick():
    counter[0] += 1
    return "t%d" % counter[0]


@event.listens_for(TimestampMixin, "before_insert", propagate=True)
def set_created(mapper, connection, target):
    print("before_insert", mapper.class_.__name__, target.name, target.id)
    target.created = tick()
    target.updated = target.created


@event.listens_for(TimestampMixin, "before_update", propagate=True)
def set_updated(mapper, connection, target):
    print("before_update", mapper.class_.__name__, target.name)
    target.updated = tick()


@event.listens_for(Parent, "after_insert")
def after_parent_insert(mapper, connection, target):
    print("after_insert parent", target.id, target.name)


@event.listens_for(Child, "after_insert")
def after_child_insert(mapper, connection, target):
    print("after_insert child", target.id, target.parent_id)


@event.listens_for(Parent, "after_update")
def after_parent_update(mapper, connection, target):
    print("after_update parent", target.id, target.updated)


@event.listens_for(Child, "before_delete")
def before_child_delete(mapper, connection, target):
    print("before_delete child", target.id, target.name)


@event.listens_for(Child, "after_delete")
def after_child_delete(mapper, connection, target):
    print("after_delete child", target.id)


@event.listens_for(Parent, "before_delete")
def before_parent_delete(mapper, connection, target):
    print("before_delete parent", target.id)


@event.listens_for(Parent, "after_delete")
def after_parent_delete(mapper, connection, target):
    print("after_delete parent", target.id)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    p = Parent(name="p1", children=[Child(name="c1"), Child(name="c2")])
    p2 = Parent(name="p2")
    session.add_all([p, p2])
    session.commit()
    print(p.created, p.updated, [(c.created, c.updated) for c in p.children])
    p.name = "p1x"
    p.children[0].name = "c1x"
    session.commit()
    print(p.created, p.updated)
    # a change to a collection only: before_update on the parent, no UPDATE
    p.children.append(Child(name="c3"))
    session.flush()
    print(p.updated)
    session.delete(p)
    session.commit()
    print(session.query(Parent).count(), session.query(Child).count())
