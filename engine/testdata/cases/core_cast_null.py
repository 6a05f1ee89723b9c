# cast() and func.cast(): CAST(x AS TYPE) named as the column cast, its value through the type given; null() selected and compared (IS NULL)
from sqlalchemy import select, cast, String, Integer, Boolean, Text, Float, Column, create_engine, func, null
from sqlalchemy.orm import DeclarativeBase, Session
class Base(DeclarativeBase): pass
class Node(Base):
    __tablename__='node'
    id=Column(Integer, primary_key=True)
    label=Column(String(20))
e=create_engine('sqlite://')
Base.metadata.create_all(e)
s=Session(e)
s.add(Node(id=1,label='a')); s.commit()
print(select(cast(Node.id, String)))
print(select(cast(Node.id, String(10)).label('x'), cast(1, Integer), func.cast(Node.label, Integer), cast(True, Boolean)))
print(s.execute(select(cast(Node.id, String), cast(1, Boolean), cast(Node.label, Integer), cast(Node.id, Text).label('t'))).all())
r = s.execute(select(cast(Node.id, String), cast(Node.label, Float)))
print(r.all())
print(select(null(), Node.id).where(Node.label == null()).where(Node.id != null()))
print(s.execute(select(null().label('n'), Node.id)).all())
print(s.query(cast(Node.id, String)).all(), s.query(cast(Node.id, String)).first()._fields)
print(cast(Node.id, String) + 'x', cast(Node.id,Integer) + 1)
print(s.execute(select(cast(Node.id, String) + 'x', cast(Node.id,Integer) + 1)).all())
