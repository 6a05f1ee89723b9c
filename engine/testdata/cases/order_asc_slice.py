# explicit asc() is written out (x ASC); relationship order_by strings "desc(C.n)", "C.n.asc()", "C.id.desc()"; Query.slice(); notin_(); Row._asdict() (2.0.52)
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select, asc
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
class P(Base):
    __tablename__ = 'p'
    id = Column(Integer, primary_key=True)
    a = relationship('C', order_by='desc(C.n)')
    b = relationship('C', order_by='C.n.asc()', viewonly=True)
    c = relationship('C', order_by='C.id.desc()', viewonly=True)
class C(Base):
    __tablename__ = 'c'
    id = Column(Integer, primary_key=True)
    n = Column(String)
    p_id = Column(ForeignKey('p.id'))
e = create_engine('sqlite://')
Base.metadata.create_all(e)
s = Session(e)
s.add(P(a=[C(n='x'), C(n='z'), C(n='y')])); s.commit()
p = s.get(P, 1)
print([c.n for c in p.a], [c.n for c in p.b], [c.n for c in p.c])
print(select(C).order_by(C.n.asc(), asc(C.id)))
print(s.query(C.n).order_by(C.n.asc()).slice(1, 3).all())
print(s.query(C.id, C.n).filter(C.n.notin_(['x'])).all()[0]._asdict())
