# Session.bulk_save_objects: runs of one class with the same columns set go
# in one executemany, None values and relationships left out, defaults
# applied by the INSERT; the objects stay transient
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, inspect, select, func
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class P(Base):
    __tablename__ = "p"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
    kind = Column(String(5), default="x")
    kids = relationship("K")


class K(Base):
    __tablename__ = "k"
    id = Column(Integer, primary_key=True)
    p_id = Column(Integer, ForeignKey("p.id"))
    label = Column(String(10))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    p1 = P(id=1, name="a", kids=[K(label="k1")])
    objs = [p1, P(id=2, name="b"), P(name=None, id=3), P(id=4, name="d", kind="y"), K(id=7, label="z", p_id=1), K(label="w"), P(name="e")]
    s.bulk_save_objects(objs)
    print(p1 in s, p1.kind, s.scalar(select(func.count()).select_from(P)))
    s.commit()
    print(s.execute(select(P.id, P.name, P.kind).order_by(P.id)).all())
    print(s.execute(select(K.id, K.p_id, K.label).order_by(K.id)).all())
