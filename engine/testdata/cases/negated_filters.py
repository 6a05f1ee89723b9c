# Negated and combined filters (not_, ~, &, |) and the evaluator behind
# bulk UPDATE/DELETE's synchronize_session: the SQL SQLAlchemy writes and
# which objects in the session it changes or removes.
import datetime
from sqlalchemy import Column, Integer, String, DateTime, create_engine, select, update, delete, and_, or_, not_
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class E(Base):
    __tablename__ = "e"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
    at = Column(DateTime)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add_all([E(name="a", at=datetime.datetime(2024, 1, 2, 3, 4, 5)), E(name="b", at=datetime.datetime(2024, 5, 6, 7, 8, 9, 10)), E(name=None), E(name="d")])
s.commit()
es = s.scalars(select(E).order_by(E.id)).all()
print(s.scalars(select(E.id).where(not_(E.id == 1))).all(), s.scalars(select(E.id).where(~(E.id >= 3))).all(), s.scalars(select(E.id).where(not_(E.name == None))).all())
print(s.scalars(select(E.id).where(~E.id.in_([1, 2]))).all(), s.scalars(select(E.id).where(not_(E.id.not_in([1])))).all(), s.scalars(select(E.id).where(~or_(E.id == 1, E.name == "b"))).all())
print(s.scalars(select(E.id).where((E.id > 1) & (E.name != None) & (E.id < 4))).all(), s.scalars(select(E.id).where((E.id == 1) | (E.id == 2) & (E.name == "a"))).all())
s.execute(update(E).where(or_(E.name == "a", and_(E.id > 1, not_(E.name == "b")))).values(name="z"))
print([e.name for e in es])
s.execute(update(E).where(~((E.name == "z") | (E.id == 9))).values(name="y"))
print([e.name for e in es])
s.execute(delete(E).where(and_(E.at > datetime.datetime(2024, 3, 1), E.name != None)))
print(s.scalars(select(E.name).order_by(E.id)).all(), [e in s for e in es])
es[0].name = None
s.execute(delete(E).where(E.name == None))
print([e in s for e in es])
s.commit()
print(s.scalars(select(E.id)).all())
