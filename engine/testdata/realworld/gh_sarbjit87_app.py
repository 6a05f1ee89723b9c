# source: https://github.com/sarbjit87/sqlalchemy_tutorial/blob/fbd66f7cf084a09683fce9ca97ab4e11e224d16a/app.py
# changes: the code of models.py (same repository) inlined in place of `from models import Person`
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy import Column, Integer, String
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()

class Person(Base):
    __tablename__ = 'persons'

    id = Column(Integer, primary_key=True)
    name = Column(String)

    def __repr__(self):
        return f'Person : {self.name}, {self.id}'

# Create the engine
engine = create_engine('sqlite:///:memory:', echo=False)
Session = sessionmaker(bind=engine)
session = Session()

# Create All Tables
Person.metadata.create_all(engine)

# Create a new entry
person1 = Person(name="John")
person2 = Person(name="Steve")

# Add the new person instance using session
session.add(person1)
session.add(person2)
session.commit()

# Query the database and print it
results = session.query(Person).filter_by(name='John')
for result in results:
    print(result)

results = session.query(Person).all()
for result in results:
    print(result)
