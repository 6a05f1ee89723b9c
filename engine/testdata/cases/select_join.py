# join() and outerjoin() on select() and Query: along a relationship (one-to-many, many-to-one, many-to-many through its secondary), to a class by its foreign key or an ON clause, join_from; select() keeps a row per joined row, Query returns each object once.
from sqlalchemy import Column, Integer, String, ForeignKey, Table, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
assoc = Table("assoc", Base.metadata, Column("p_id", ForeignKey("parent.id"), primary_key=True), Column("t_id", ForeignKey("tag.id"), primary_key=True))
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    children = relationship("Child", back_populates="parent")
    tags = relationship("Tag", secondary=assoc)
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="children")
class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    label = Column(String)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
p = Parent(name="p", children=[Child(name="a"), Child(name="b")], tags=[Tag(label="x")])
s.add(p); s.commit()
print([o.id for o in s.scalars(select(Parent).join(Parent.children).where(Child.name != "z"))])
print([o.id for o in s.query(Parent).join(Parent.children).filter(Child.name != "z")])
print([o.id for o in s.query(Parent).join(Child)])
print([o.id for o in s.scalars(select(Child).join(Child.parent).where(Parent.name == "p"))])
print([o.id for o in s.scalars(select(Child).join(Parent, Child.parent_id == Parent.id))])
print([o.id for o in s.scalars(select(Parent).outerjoin(Parent.children))])
print([o.id for o in s.scalars(select(Parent).join(Parent.tags).where(Tag.label == "x"))])
print(s.execute(select(Parent.name, Child.name).join(Parent.children).order_by(Child.id)).all())
print(s.execute(select(Parent.name, Child.name).join_from(Parent, Child)).all())
