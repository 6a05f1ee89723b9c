from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()

class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    fav_id = Column(Integer, ForeignKey("b.id", use_alter=True))
    bs = relationship("B", back_populates="a", foreign_keys="B.a_id", cascade="all, delete-orphan")
    fav = relationship("B", foreign_keys=[fav_id], post_update=True)

class B(Base):
    __tablename__ = "b"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    a_id = Column(Integer, ForeignKey("a.id"))
    a = relationship("A", back_populates="bs", foreign_keys=[a_id])

class C(Base):
    __tablename__ = "c"
    id = Column(Integer, primary_key=True)
    b_id = Column(Integer, ForeignKey("b.id"))
    a_id = Column(Integer, ForeignKey("a.id"))
    b = relationship("B", backref="cs")
    a = relationship("A", backref="cs")

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
a1 = A(name="a1")
b1 = B(name="b1", a=a1)
b2 = B(name="b2", a=a1)
a1.fav = b2
c1 = C(b=b1, a=a1)
c2 = C(b=b2)
s.add_all([a1, c1, c2])
s.commit()
a2 = A(name="a2")
b1.a = a2
a1.fav = b1
a2.fav = b2
c2.a = a2
s.add(a2)
s.flush()
s.delete(c1)
b2.name = "B2"
a2.name = "A2"
s.flush()
print(s.scalars(select(B.name)).all(), s.scalars(select(C.a_id)).all())
