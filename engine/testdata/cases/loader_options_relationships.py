# loader options joinedload(), selectinload(), subqueryload(), lazyload() of a query entity's relationships: one-to-many, many-to-one and many-to-many, the relationship's order_by; a joined collection's first() wraps the query; select() of a joined collection needs unique()
from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session, selectinload, subqueryload, joinedload, lazyload
Base = declarative_base()
assoc = Table("assoc", Base.metadata, Column("p_id", ForeignKey("parent.id"), primary_key=True), Column("t_id", ForeignKey("tag.id"), primary_key=True))
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    kids = relationship("Kid", back_populates="parent")
    tags = relationship("Tag", secondary=assoc, order_by="Tag.name")
class Kid(Base):
    __tablename__ = "kid"
    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="kids")
class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    name = Column(String)
e = create_engine("sqlite://")
Base.metadata.create_all(e)
s = Session(e)
t1, t2 = Tag(name="b"), Tag(name="a")
p1 = Parent(name="p1", kids=[Kid(), Kid()], tags=[t1])
s.add(p1)
s.commit()
p1.tags.append(t2)
s.commit()
s.add_all([Parent(name="p2", kids=[Kid()], tags=[t2]), Kid(), Parent(name="p3")])
s.commit()
s.close()
print("--- selectin m2o")
for k in s.scalars(select(Kid).options(selectinload(Kid.parent)).order_by(Kid.id.desc())):
    print(k.id, k.parent and k.parent.name)
s.close()
print("--- selectin m2m")
for p in s.scalars(select(Parent).options(selectinload(Parent.tags))):
    print(p.name, [t.name for t in p.tags])
s.close()
print("--- subquery m2o")
for k in s.scalars(select(Kid).options(subqueryload(Kid.parent))):
    print(k.id, k.parent and k.parent.name)
s.close()
print("--- subquery m2m")
for p in s.scalars(select(Parent).options(subqueryload(Parent.tags))):
    print(p.name, [t.name for t in p.tags])
s.close()
print("--- joined m2m")
for p in s.scalars(select(Parent).options(joinedload(Parent.tags))).unique():
    print(p.name, [t.name for t in p.tags])
s.close()
print("--- joined o2m + selectin")
for p in s.query(Parent).options(joinedload(Parent.kids), selectinload(Parent.tags)):
    print(p.name, len(p.kids), [t.name for t in p.tags])
s.close()
print("--- lazyload, first() of a joined collection")
print([len(p.kids) for p in s.scalars(select(Parent).options(lazyload(Parent.kids), joinedload(Parent.tags)).order_by(Parent.id)).unique()])
p = s.query(Parent).options(joinedload(Parent.kids)).order_by(Parent.id).first()
print(p.name, len(p.kids))
try:
    s.scalars(select(Parent).options(joinedload(Parent.kids))).all()
except Exception as e:
    print(type(e).__name__, e)
