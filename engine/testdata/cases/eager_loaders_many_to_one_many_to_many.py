# lazy="selectin" and lazy="subquery" on a many-to-one (the sorted distinct keys by IN; a DISTINCT subquery) and on a many-to-many (through an alias of the parent joined to the secondary; the secondary aliased in the subquery join), with the relationship's order_by; a lazy load of a collection does not eager load its reverse many-to-one
from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
assoc = Table("assoc", Base.metadata, Column("p_id", ForeignKey("parent.id"), primary_key=True), Column("t_id", ForeignKey("tag.id"), primary_key=True))
pet_tag = Table("pet_tag", Base.metadata, Column("pet_id", ForeignKey("pet.id"), primary_key=True), Column("t_id", ForeignKey("tag.id"), primary_key=True))
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    kids = relationship("Kid", back_populates="parent")
    tags = relationship("Tag", secondary=assoc, order_by="Tag.name", lazy="selectin")
class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    name = Column(String)
class Kid(Base):
    __tablename__ = "kid"
    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="kids", lazy="selectin")
class Pet(Base):
    __tablename__ = "pet"
    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey("parent.id"))
    parent = relationship("Parent", lazy="subquery")
    tags = relationship("Tag", secondary="pet_tag", lazy="subquery")
e = create_engine("sqlite://")
Base.metadata.create_all(e)
s = Session(e)
t1, t2 = Tag(name="b"), Tag(name="a")
p1 = Parent(name="p1", kids=[Kid(), Kid()], tags=[t1])
s.add(p1)
s.commit()
p1.tags.append(t2)
s.commit()
s.add_all([Parent(name="p2", kids=[Kid()], tags=[t2]), Kid(), Parent(name="p3"), Pet(parent=p1, tags=[t1]), Pet()])
s.commit()
s.close()
for k in s.scalars(select(Kid).order_by(Kid.id.desc())):
    print(k.id, k.parent and k.parent.name, k.parent and [t.name for t in k.parent.tags])
s.close()
for p in s.scalars(select(Parent).where(Parent.name != "p2")):
    print(p.name, [t.name for t in p.tags], [k.id for k in p.kids])
s.close()
print([(x.id, x.parent and x.parent.name, [t.name for t in x.tags]) for x in s.query(Pet)])
