# source: https://www.slingacademy.com/article/sqlalchemy-delete-related-objects-with-cascade/
# changes: 'gine = create_engine' restored to 'engine = create_engine' (the page's copy lost two letters); a parent with two children added before the page's "Assume we have a parent with id 1" lines; the remaining counts print()ed
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Parent(Base):
    __tablename__ = 'parents'
    id = Column(Integer, primary_key=True)
    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")


class Child(Base):
    __tablename__ = 'children'
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey('parents.id'))
    parent = relationship("Parent", back_populates="children")


# Creating the engine and the session
engine = create_engine('sqlite:///:memory:')
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()

session.add(Parent(children=[Child(), Child()]))
session.commit()

# Assume we have a parent with id 1 in the database
parent = session.query(Parent).get(1)
session.delete(parent)
session.commit()
print(session.query(Parent).count(), session.query(Child).count())
