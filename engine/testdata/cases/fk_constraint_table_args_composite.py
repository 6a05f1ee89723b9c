# A composite foreign key declared with ForeignKeyConstraint in __table_args__ (tuple with a
# dict last), and ForeignKey(Class.attr) targets. Deleting a region nulls both key columns? No:
# the FK columns are part of nothing else, so the ORM nulls them.
from sqlalchemy import Column, Integer, String, ForeignKey, ForeignKeyConstraint, create_engine
from sqlalchemy.orm import relationship, Session, declarative_base
Base = declarative_base()
class Region(Base):
    __tablename__ = "region"
    country = Column(String(2), primary_key=True)
    code = Column(Integer, primary_key=True)
    name = Column(String(20))
    shops = relationship("Shop", back_populates="region")
class Owner(Base):
    __tablename__ = "owner"
    id = Column(Integer, primary_key=True)
class Shop(Base):
    __tablename__ = "shop"
    __table_args__ = (ForeignKeyConstraint(["country", "code"], ["region.country", "region.code"]), {"mysql_engine": "InnoDB"})
    id = Column(Integer, primary_key=True)
    country = Column(String(2))
    code = Column(Integer)
    owner_id = Column(Integer, ForeignKey(Owner.id))
    region = relationship("Region", back_populates="shops")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(Region(country="fr", code=75, name="Paris", shops=[Shop(), Shop(owner_id=None)]))
    s.add(Owner(id=7))
    s.commit()
    s.delete(s.get(Region, ("fr", 75)))
    s.commit()
    for shop in s.query(Shop).order_by(Shop.id):
        print(shop.id, shop.country, shop.code)
