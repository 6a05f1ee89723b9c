# selectinload() chained below selectinload() and subqueryload() (selectinload(A.bs).selectinload(B.cs).selectinload(C.d)): each level loaded after the one above, with the relationship's order_by; an option's many-to-one selectin load
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session, selectinload, subqueryload, joinedload
Base = declarative_base()
class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
    bs = relationship("B", back_populates="a")
class B(Base):
    __tablename__ = "b"
    id = Column(Integer, primary_key=True)
    a_id = Column(ForeignKey("a.id"))
    a = relationship("A", back_populates="bs")
    cs = relationship("C", order_by="C.id.desc()")
class C(Base):
    __tablename__ = "c"
    id = Column(Integer, primary_key=True)
    b_id = Column(ForeignKey("b.id"))
    d_id = Column(ForeignKey("d.id"))
    d = relationship("D")
class D(Base):
    __tablename__ = "d"
    id = Column(Integer, primary_key=True)
e = create_engine("sqlite://")
Base.metadata.create_all(e)
s = Session(e)
s.add_all([A(bs=[B(cs=[C(d=D()), C()]), B()]), A(bs=[B(cs=[C()])]), A()])
s.commit()
s.close()
for a in s.scalars(select(A).options(selectinload(A.bs).selectinload(B.cs).selectinload(C.d))):
    print(a.id, [(b.id, [(c.id, c.d and c.d.id) for c in b.cs]) for b in a.bs])
s.close()
for a in s.query(A).options(subqueryload(A.bs).selectinload(B.cs)).filter(A.id < 3):
    print(a.id, [(b.id, [c.id for c in b.cs]) for b in a.bs])
s.close()
for c in s.scalars(select(C).options(selectinload(C.d))):
    print(c.id, c.d and c.d.id)
