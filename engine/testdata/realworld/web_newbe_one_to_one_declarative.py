# source: https://newbe.dev/sqlalchemy-one-to-one-relationship-with-declarative (first answer, first form)
# changes: imports, Base, an in-memory engine, create_all and a session with a parent and a child added (the answer shows only the models)
from sqlalchemy import Column, Integer, ForeignKey, create_engine
from sqlalchemy.orm import relationship, declarative_base, Session

Base = declarative_base()

class Parent(Base):
    __tablename__ = 'parent'
    id = Column(Integer, primary_key=True)
    child = relationship("Child", uselist=False, backref="parent")

class Child(Base):
    __tablename__ = 'child'
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey('parent.id'))

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
p = Parent(child=Child())
session.add(p)
session.commit()
c2 = Child()
p.child = c2
session.commit()
print(session.query(Child.id, Child.parent_id).order_by(Child.id).all())
session.delete(p)
session.commit()
print(session.query(Child.id, Child.parent_id).order_by(Child.id).all())
