# Query shapes: first() with LIMIT/OFFSET, get(), one_or_none(), order_by desc, limit,
# select(...).where(...) with scalar_one and scalars().first().
from sqlalchemy import Column, Integer, String, create_engine, select, desc, and_, or_
from sqlalchemy.orm import Session, declarative_base
Base = declarative_base()
class City(Base):
    __tablename__ = "city"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
    pop = Column(Integer)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([City(name="rome", pop=3), City(name="oslo", pop=1), City(name="lyon", pop=2)])
    s.commit()
    print(s.query(City).order_by(desc(City.pop)).first().name)
    print(s.query(City).get(2).name, s.query(City).filter_by(name="nope").one_or_none())
    print([c.name for c in s.query(City).filter(or_(City.pop > 2, City.name == "oslo")).order_by(City.id.desc()).limit(5)])
    print(s.execute(select(City).where(and_(City.pop >= 2, City.pop < 3))).scalar_one().name)
    print(s.scalars(select(City.name).order_by(City.name)).first())
    print(s.query(City).filter(City.name.in_(["rome", "lyon"])).count())
