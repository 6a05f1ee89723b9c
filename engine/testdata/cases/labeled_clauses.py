# and_()/or_()/~Boolean/not_()/true() selected under a label(); probed against 2.0.52
from sqlalchemy import Column, Integer, Boolean, create_engine, select, and_, or_, not_, true
from sqlalchemy.orm import DeclarativeBase, Session
class Base(DeclarativeBase): pass
class T(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
    f = Column(Boolean)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add_all([T(id=1, f=True), T(id=2, f=False)])
s.commit()
for st in [select(and_(T.id > 0, T.id < 2).label("x")), select(or_(T.id > 1, T.id < 0).label("x")), select((~T.f).label("x")), select(not_(T.id > 1).label("x")), select(true().label("x"))]:
    print(st)
    print(s.execute(st.order_by(T.id) if "FROM" in str(st) else st).all())
