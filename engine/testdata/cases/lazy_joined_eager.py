# lazy="joined": queries LEFT OUTER JOIN the relationship (aliased pet_1 / owner_1), first()
# wraps the parent in a LIMIT subquery so the collection stays whole, get() of an expired object
# joins too, and 2.0 results need unique(). Deleting still nulls the loaded pets' keys.
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
class Owner(Base):
    __tablename__ = "owner"
    id = Column(Integer, primary_key=True)
    name = Column(String(5))
    pets = relationship("Pet", lazy="joined", back_populates="owner", order_by="Pet.id.desc()")
class Pet(Base):
    __tablename__ = "pet"
    id = Column(Integer, primary_key=True)
    name = Column(String(5))
    owner_id = Column(Integer, ForeignKey("owner.id"))
    owner = relationship("Owner", lazy="joined", back_populates="pets")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
s.add_all([Owner(name="a", pets=[Pet(name="p1"), Pet(name="p2")]), Owner(name="b")])
s.commit()
s.close()
owners = s.query(Owner).filter(Owner.name != "x").order_by(Owner.name).all()
print([[p.name for p in o.pets] for o in owners])
print(s.query(Owner).first().name, s.query(Owner).order_by(Owner.id.desc()).limit(1).one().name)
print(len(s.scalars(select(Owner)).unique().all()))
try:
    s.scalars(select(Owner)).all()
except Exception as e:
    print(type(e).__name__)
s.delete(owners[0])
s.commit()
print(s.get(Owner, 2).name, [(p.name, p.owner_id) for p in s.query(Pet).order_by(Pet.id)])
