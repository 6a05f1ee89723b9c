# true() and false() as criteria (2.0.52): a sole true() or a false() inside and_() is sent to SQLite as 1 = 1 / 0 = 1 (it has no boolean literals), or_() drops false()
from sqlalchemy import Column, Integer, String, create_engine, select, true, false, and_, or_
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class U(Base):
    __tablename__ = 'u'
    id = Column(Integer, primary_key=True)
    n = Column(String)
e = create_engine('sqlite://')
Base.metadata.create_all(e)
s = Session(e)
s.add_all([U(n='a'), U(n='b')]); s.commit()
print(s.scalars(select(U.n).where(true())).all())
print(s.scalars(select(U.n).where(and_(U.id == 1, false()))).all())
print(s.scalars(select(U.n).where(or_(false(), U.id == 2))).all())
print(s.query(U.n).filter(false()).all(), s.query(U).filter(true()).count())
