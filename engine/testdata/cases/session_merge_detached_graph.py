# Session.merge() of a detached graph: the parent is loaded by key, its collection loaded, kids
# matched by identity (one loaded, one SELECTed and not found, so new); the kid left out is an
# orphan and deleted. Merging a transient object with an unknown key SELECTs, then INSERTs.
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
class P(Base):
    __tablename__ = "p"
    id = Column(Integer, primary_key=True)
    name = Column(String(5))
    kids = relationship("K", backref="p", cascade="all, delete-orphan")
class K(Base):
    __tablename__ = "k"
    id = Column(Integer, primary_key=True)
    name = Column(String(5))
    p_id = Column(Integer, ForeignKey("p.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
S = sessionmaker(bind=engine)
s = S()
s.add(P(id=1, name="a", kids=[K(id=1, name="x"), K(id=2, name="y")]))
s.commit()
s.close()
d = P(id=1, name="b", kids=[K(id=1, name="x2"), K(id=3, name="z")])
s = S()
m = s.merge(d)
print(m is d, m.name, [k.name for k in m.kids], len(s.new), len(s.dirty), d in s)
s.commit()
n = s.merge(P(id=9, name="new"))
print(len(s.new), n in s)
s.commit()
print([(k.id, k.name, k.p_id) for k in s.query(K)], [p.name for p in s.query(P)])
