# SQLModel models as the SQLAlchemy they build: Relationship(sa_relationship_kwargs=)
# gives the one-to-many cascade and passive_deletes; Field(ondelete="CASCADE")
# the database side; the pragma turns SQLite's foreign keys on. Objects that
# were never loaded print their fields in the order they were set.
from typing import Optional

from sqlmodel import Field, Relationship, Session, SQLModel, create_engine, select, text
from sqlalchemy import event

engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def fk_on(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


class Parent(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    children: list["Child"] = Relationship(
        back_populates="parent",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "passive_deletes": True},
    )


class Child(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    label: str = "x"
    parent_id: int = Field(foreign_key="parent.id", ondelete="CASCADE")
    parent: Optional[Parent] = Relationship(back_populates="children")


SQLModel.metadata.create_all(engine)

with Session(engine) as session:
    p = Parent(name="p1", children=[Child(label="a"), Child()])
    q = Parent(name="p2")
    q.children.append(Child(label="c"))
    print(p)
    print(repr(p.children[1]))
    session.add_all([p, q])
    session.flush()
    print(p.children[0])
    print(p.children[0].model_dump())
    session.commit()

    parent = session.exec(select(Parent).where(Parent.name == "p1")).one()
    session.delete(parent)
    session.commit()
    print(session.exec(select(Child.label, Child.parent_id)).all())
    print(len(session.exec(select(Child)).all()))
