# source: https://errorhandle.ai/sqlalchemy-cascade-delete
# changes: none
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import relationship, sessionmaker
from sqlalchemy.ext.declarative import declarative_base
Base = declarative_base()
class Parent(Base):
    __tablename__ = 'parents'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")
class Child(Base):
    __tablename__ = 'children'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey('parents.id'))
    parent = relationship("Parent", back_populates="children")
engine = create_engine('sqlite:///:memory:')
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
parent = Parent(name='Parent 1')
child1 = Child(name='Child 1')
child2 = Child(name='Child 2')
parent.children = [child1, child2]
session.add(parent)
session.commit()
session.delete(parent)
session.commit()
children = session.query(Child).all()
print(children)
