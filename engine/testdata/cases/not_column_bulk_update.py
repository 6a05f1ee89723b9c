# ~column in a bulk update's WHERE: NOT col evaluated as Python's not value, a Boolean's col = 0 not evaluable (auto falls back to fetch; evaluate raises InvalidRequestError); probed against 2.0.52
from sqlalchemy import Column, Integer, Boolean, String, create_engine, select, update
from sqlalchemy.orm import DeclarativeBase, Session
class Base(DeclarativeBase): pass
class T(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
    f = Column(Boolean)
    n = Column(Integer)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add_all([T(id=1, f=True, n=0), T(id=2, f=False, n=3)])
s.commit()
objs = s.scalars(select(T).order_by(T.id)).all()
s.query(T).filter(~T.f).update({"n": 9})
print([o.n for o in objs])
s.execute(update(T).where(~T.n).values(f=None))
print([o.f for o in objs])
try:
    s.query(T).filter(~T.f).update({"n": 5}, synchronize_session="evaluate")
except Exception as e:
    print(type(e).__name__)
print([o.n for o in objs])
s.commit()
