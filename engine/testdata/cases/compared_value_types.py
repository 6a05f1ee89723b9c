# A value compared with a column is typed as coerce_compared_value types it: an int beside a Float or Numeric stays an int, == True is the literal 1 on any column, a float beside an Integer stays a float; a value set by UPDATE takes the column's own type (2.0.52)
from sqlalchemy import Column, Integer, Float, Numeric, String, Boolean, create_engine, select, update
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class T(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
    f = Column(Float)
    n = Column(Numeric(10, 2))
    i = Column(Integer)
    b = Column(Boolean)
e = create_engine("sqlite://")
Base.metadata.create_all(e)
with Session(e) as s:
    s.add(T(f=1, n=2, i=3, b=True)); s.commit()
    print(s.scalars(select(T.id).where(T.f > 0, T.n > 1, T.i == True, T.f.in_([1, 2]), T.n.between(1, 5), T.i > 1.5)).all())
    s.execute(update(T).values(f=3, n=4))
    print(s.scalars(select(T.f + 1)).all(), s.scalars(select(T.n * 2)).all())
