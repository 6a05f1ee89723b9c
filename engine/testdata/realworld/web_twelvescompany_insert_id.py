# source: https://twelvescompany.co.uk/post/sql-alchemy-violates-not-null-id-on-insert ("The Problem")
# changes: database URL (PostgreSQL) -> 'sqlite://'; create_all added; the new user's id print()ed
from sqlalchemy import Column, Integer, String
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import sessionmaker
from sqlalchemy import create_engine

engine = create_engine('sqlite://')
Base = declarative_base()

class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    username = Column(String)

Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()

# Attempting to create a new user without specifying an 'id'
new_user = User(username='john.doe')
session.add(new_user)
session.commit() # This will raise a "NOT NULL violation" error
print(new_user.id)
