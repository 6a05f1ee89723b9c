# functions SQLAlchemy does not register (lower, length, upper, avg) as plain Function of NullType: name(args), binds named after them, values unconverted; max/min of a Date keep the column's type (2.0.52)
from sqlalchemy import Column, Integer, String, Date, create_engine, func, select
from sqlalchemy.orm import declarative_base, Session
import datetime
Base = declarative_base()
class U(Base):
    __tablename__ = 'u'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    born = Column(Date)
e = create_engine('sqlite://')
Base.metadata.create_all(e)
s = Session(e)
s.add_all([U(name='Ann', born=datetime.date(2000, 1, 2)), U(name='bob', born=datetime.date(1990, 5, 6))]); s.commit()
print(select(func.lower(U.name), func.length(U.name)).where(func.upper(U.name) == 'ANN'))
print(s.execute(select(func.lower(U.name), func.length(U.name), func.avg(U.id))).all())
print(s.scalars(select(U.name).where(func.length(U.name) > 2).order_by(func.lower(U.name))).all())
print(s.execute(select(func.max(U.born), func.min(U.born))).one())
print(s.query(func.upper(U.name).label('up')).all())
print(type(func.lower(U.name)).__name__, type(func.max(U.id)).__name__, type(func.avg(U.id)).__name__)
