# Query.scalar_subquery() and its legacy name as_scalar() (unlabeled columns inside, as 2.0 writes them), group_by(Class) grouping by its columns, a scalar subquery selected with a label (2.0.52)
from sqlalchemy import ForeignKey, create_engine, select, func, Integer, String, Column
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class S(Base):
    __tablename__ = "s"
    id = Column(Integer, primary_key=True)
    q = Column(Integer)
    c = Column(String)
e = create_engine("sqlite://", echo=True)
Base.metadata.create_all(e)
s = Session(e)
s.add_all([S(q=5, c="a"), S(q=30, c="b"), S(q=7, c="a")])
s.commit()
mx = s.query(func.max(S.q)).scalar_subquery()
print(s.query(S.c).filter(S.q == mx).all())
m2 = s.query(S.q).filter(S.c == "b").as_scalar()
print(s.query(S.c, S.q).filter(S.q < m2).group_by(S).order_by(S.id).all())
print(select(S.c).where(S.q == s.query(S.q).filter(S.id == 2).scalar_subquery()))
print(s.execute(select(S.c, select(func.count(S.id)).scalar_subquery().label("n")).order_by(S.id)).all())
