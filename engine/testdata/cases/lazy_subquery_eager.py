# lazy="subquery": after a query, one SELECT of the children JOINed to the parent query as a
# subquery (its ORDER BY dropped); a refresh of an expired parent loads them with a plain lazy
# load. The delete cascade then finds the collection already loaded.
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
class P(Base):
    __tablename__ = "p"
    id = Column(Integer, primary_key=True)
    kids = relationship("K", backref="p")
    toys = relationship("T", lazy="subquery", cascade="all, delete-orphan")
class K(Base):
    __tablename__ = "k"
    id = Column(Integer, primary_key=True)
    n = Column(Integer)
    p_id = Column(Integer, ForeignKey("p.id"))
class T(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
    p_id = Column(Integer, ForeignKey("p.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
p = P(toys=[T(), T()])
p.kids.append(K(n=1))
p.kids.append(K(n=2))
s.add(p)
s.add(P())
s.commit()
print(len(p.kids))
ps = s.query(P).filter(P.id > 0).order_by(P.id).all()
print([len(x.toys) for x in ps])
k = s.get(K, 1)
p.kids.remove(k)
s.commit()
s.delete(p)
s.commit()
print(s.query(K).count(), s.query(T).count())
