# literal(True/False): a Boolean parameter, sent as 1 or 0 and read back as a bool
from sqlalchemy import Column, Integer, create_engine, select, literal
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class A(Base):
    __tablename__ = 'a'
    id = Column(Integer, primary_key=True)
e = create_engine('sqlite://')
Base.metadata.create_all(e)
s = Session(e)
s.add(A(id=1)); s.commit()
print(select(literal(False), literal(True).label('t'), A.id))
print(s.execute(select(literal(False), literal(True).label('t'), A.id)).all())
print(s.query(literal(True), A.id).all())
