from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, backref, sessionmaker, declarative_base
Base = declarative_base()
# backref("kids", cascade="all, delete-orphan") on the child side: removing a kid deletes it,
# deleting a parent deletes the rest; the other parent keeps its kids.
class Mom(Base):
    __tablename__ = "mom"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
class Kid(Base):
    __tablename__ = "kid"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
    mom_id = Column(Integer, ForeignKey("mom.id"))
    mom = relationship(Mom, backref=backref("kids", cascade="all, delete-orphan", order_by="Kid.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()
a = Mom(name="a", kids=[Kid(name="a1"), Kid(name="a2"), Kid(name="a3")])
b = Mom(name="b", kids=[Kid(name="b1")])
session.add_all([a, b])
session.commit()
a.kids.remove(a.kids[0])
session.commit()
print("kids of a: %s" % [k.name for k in a.kids])
session.delete(a)
session.commit()
print("kids left: %s" % [(k.name, k.mom_id) for k in session.query(Kid).order_by(Kid.id)])
