# A declarative class over an existing Table (__table__ = table), with the
# relationship in the class body, and the Core table's mysql_engine option
# kept on the table (SQLite ignores it).
from sqlalchemy import Table, Column, Integer, ForeignKey, String, create_engine, select, func
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()

parent_table = Table("parent", Base.metadata, Column("id", Integer, primary_key=True), Column("name", String), mysql_engine="InnoDB")
child_table = Table(
    "child",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("parent_id", Integer, ForeignKey("parent.id", ondelete="CASCADE"), nullable=False),
    mysql_engine="InnoDB",
)


class Parent(Base):
    __table__ = parent_table
    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan", passive_deletes=True)


class Child(Base):
    __table__ = child_table
    parent = relationship("Parent", back_populates="children")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Parent(name="a", children=[Child(), Child()]), Parent(name="b", children=[Child()])])
    session.commit()
    p = session.scalars(select(Parent).where(Parent.name == "a")).one()
    session.delete(p)
    session.commit()
    print(session.scalar(select(func.count()).select_from(Child)))
    print(sorted(Base.metadata.tables))
