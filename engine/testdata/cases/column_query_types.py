# a column query's values go through their type's result processor as an entity's do: Date, DateTime and Boolean columns, and max/min of them (2.0.52; they came back as SQLite's text and 0/1)
from sqlalchemy import Column, Integer, String, Date, DateTime, Boolean, Numeric, create_engine, func, select
from sqlalchemy.orm import declarative_base, Session
import datetime
Base = declarative_base()
class U(Base):
    __tablename__ = 'u'
    id = Column(Integer, primary_key=True)
    born = Column(Date)
    at = Column(DateTime)
    ok = Column(Boolean)
e = create_engine('sqlite://')
Base.metadata.create_all(e)
s = Session(e)
s.add_all([U(born=datetime.date(2000, 1, 2), at=datetime.datetime(2020, 1, 1, 5), ok=True)]); s.commit()
print(s.execute(select(U.born, U.at, U.ok)).all())
print(s.query(U.born, U.ok).all())
print(s.execute(select(func.max(U.born), func.min(U.at), func.max(U.ok))).all())
