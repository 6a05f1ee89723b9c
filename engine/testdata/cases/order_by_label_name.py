# order_by("name") and desc("name") / asc("name") of a label of the selected
# columns: ORDER BY the label, as SQLAlchemy resolves a textual label reference.
from sqlalchemy import Column, Integer, String, create_engine, select, func, desc, asc
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class S(Base):
    __tablename__ = "s"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    q = Column(Integer)
e = create_engine("sqlite://")
Base.metadata.create_all(e)
s = Session(e)
s.add_all([S(name="a", q=1), S(name="b", q=5), S(name="a", q=7)])
s.commit()
print(s.query(S.name, func.sum(S.q).label("total")).group_by(S.name).order_by("total").all())
print(s.execute(select(S.name, func.sum(S.q).label("total")).group_by(S.name).order_by(desc("total"))).all())
print(s.query(S.name, func.count(S.id).label("n")).group_by(S.name).order_by(desc("n"), S.name).all(), s.query(S.q.label("q2")).order_by(asc("q2")).all())
s.query(S).filter(S.name == "a").delete()
s.commit()
print(s.execute(select(S.name, func.sum(S.q).label("total")).group_by(S.name).order_by(desc("total"))).all())
