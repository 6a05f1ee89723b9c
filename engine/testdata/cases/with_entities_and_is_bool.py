# Query.with_entities() swapping a filtered query's selection (columns, an entity, then order_by/limit, str()), and is_()/is_not() of True, False and true() on a Boolean column: IS 1 / IS NOT 0 sent, IS true written by str(), negated with ~, evaluated by query.update() as Python's == (2.0.52)
from sqlalchemy import create_engine, Column, Integer, String, Boolean, select, true
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()

class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    active = Column(Boolean, default=True)


engine = create_engine('sqlite://', echo=True)
Base.metadata.create_all(engine)
s = Session(engine)
s.add_all([User(name='ann'), User(name='bob', active=False), User(name='cy', active=None)])
s.commit()
q = s.query(User).filter(User.name == 'ann')
print(q.with_entities(User.id, User.name).all())
print(q.with_entities(User.name).first())
print([u.name for u in s.query(User.id).with_entities(User).order_by(User.id.desc()).all()])
print(q.with_entities(User.name).order_by(User.id).limit(1).all())
print(str(q.with_entities(User.name)))
print(User.active.is_(True))
print(User.active.is_(False))
print(User.active.is_not(True))
print(User.active.isnot(None))
print(~User.active.is_(True))
print(User.active.is_(true()))
print([u.name for u in s.query(User).filter(User.active.is_(True)).all()])
print(s.scalars(select(User.name).where(User.active.is_not(True)).order_by(User.id)).all())
print(s.scalars(select(User.name).where(User.active.is_(False))).all())
s.query(User).filter(User.active.is_not(False)).update({'name': 'z'})
print([(u.name, u.active) for u in s.query(User).order_by(User.id)])
