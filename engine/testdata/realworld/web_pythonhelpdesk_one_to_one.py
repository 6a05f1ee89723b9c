# source: https://pythonhelpdesk.com/2024/02/25/how-to-implement-a-one-to-one-relationship-in-sqlalchemy-and-execute-a-query/
# changes: ForeignKey('') and email_address='' restored to 'users.id' and an address (the page's copy lost them); create_all, add, commit and a query of the related row added (the page stops after building user1)
from sqlalchemy import Column, Integer, String, ForeignKey
from sqlalchemy.orm import relationship
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()

class User(Base):
    __tablename__ = 'users'

    id = Column(Integer, primary_key=True)
    name = Column(String)

    address = relationship("Address", uselist=False)

class Address(Base):
    __tablename__ = 'addresses'

    id = Column(Integer, primary_key=True)
    email_address = Column(String)

    user_id = Column(Integer, ForeignKey('users.id'))

# Executing a query on the one-to-one related tables

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine('sqlite:///:memory:')
Base.metadata.create_all(engine)

Session = sessionmaker(bind=engine)
session = Session()

user1 = User(name='Alice', address=Address(email_address='alice@example.com'))
session.add(user1)
session.commit()
u = session.query(User).filter_by(name='Alice').first()
print(u.name, u.address.email_address)
