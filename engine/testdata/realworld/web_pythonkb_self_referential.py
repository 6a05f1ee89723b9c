# source: https://pythonkb.com/python-sqlalchemy-mapping-self-referential-relationship-as-one-to-many-declarative-form
# changes: database URL 'sqlite:///mydatabase.db' -> 'sqlite://'; the page's step 5 (cut off in its copy) replaced by adding person1, committing and printing the tree
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import sessionmaker, relationship
from sqlalchemy.ext.declarative import declarative_base
# Create database engine and session
engine = create_engine('sqlite://')
Session = sessionmaker(bind=engine)
session = Session()
# Declare the base class for declarative definitions
Base = declarative_base()

class Person(Base):
    __tablename__ = 'persons'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey('persons.id'))
    # Define the one-to-many relationship to self
    children = relationship('Person', backref='parent')

Base.metadata.create_all(engine)

person1 = Person(name='John')
person2 = Person(name='Jane')
person3 = Person(name='Mary')
person1.children = [person2, person3]

session.add(person1)
session.commit()
for p in session.query(Person).order_by(Person.id):
    print(p.name, p.parent.name if p.parent else None, [c.name for c in p.children])
