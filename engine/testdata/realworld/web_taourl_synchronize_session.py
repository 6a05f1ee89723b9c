# source: https://taourl.com/read-2638504.html ("SQLAlchemy delete Method- Valid Strategies for synchronize_session in Bulk Deletion")
# changes: the flattened code re-indented; otherwise as the page prints it (its "declarative_base" without a call is kept)
from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import sessionmaker
from sqlalchemy.ext.declarative import declarative_base
Base = declarative_base
engine = create_engine('sqlite:///:memory:')
Session = sessionmaker(bind=engine)
session = Session
class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column(String)
Base.metadata.create_all(engine)
# Insert test data
session.add_all([User(name='Alice'), User(name='Bob'), User(name='Charlie')])
session.commit
# Strategy 1: 'fetch' (reloads from DB)
session.query(User).filter(User.name.in_(['Alice', 'Bob'])).delete(synchronize_session='fetch')
print(session.query(User).all) # Only Charlie remains
