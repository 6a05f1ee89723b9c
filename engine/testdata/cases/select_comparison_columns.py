# a comparison, LIKE and IN selected as columns (anon_N, booleans), and negated; probed against 2.0.52
from sqlalchemy import Column, Integer, String, create_engine, select, func, exists, not_
from sqlalchemy.orm import DeclarativeBase, Session
class Base(DeclarativeBase): pass
class T(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
    name = Column(String)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add_all([T(id=1, name="ab"), T(id=2, name="b")])
s.commit()
stmt = select(T.id, T.id == 1, T.name.like("a%"), T.id.in_([2, 3])).order_by(T.id)
print(stmt)
print(s.execute(stmt).all())
stmt = select(T.id, T.id != 1, not_(T.name.like("a%"))).order_by(T.id)
print(s.execute(stmt).all())
stmt = select(func.max(T.id) == 2)
print(stmt)
print(s.execute(stmt).all())
print(s.query(T.id == 2).order_by(T.id).all())
