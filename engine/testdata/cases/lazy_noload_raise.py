from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# lazy="noload" never loads (so deleting the parent nulls nothing), lazy="raise" refuses to
# load on access.
from sqlalchemy.exc import InvalidRequestError
class Hub(Base):
    __tablename__ = "hub"
    id = Column(Integer, primary_key=True)
    spokes = relationship("Spoke", lazy="noload")
    rims = relationship("Rim", lazy="raise")
class Spoke(Base):
    __tablename__ = "spoke"
    id = Column(Integer, primary_key=True)
    hub_id = Column(Integer, ForeignKey("hub.id"))
class Rim(Base):
    __tablename__ = "rim"
    id = Column(Integer, primary_key=True)
    hub_id = Column(Integer, ForeignKey("hub.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
s.add(Hub(spokes=[Spoke(), Spoke()], rims=[Rim()]))
s.commit()
h = s.get(Hub, 1)
print(len(h.spokes))
try:
    h.rims
except InvalidRequestError as e:
    print("raise:", type(e).__name__)
