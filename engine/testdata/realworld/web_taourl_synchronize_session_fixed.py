# source: https://taourl.com/read-2638504.html ("SQLAlchemy delete Method- Valid Strategies for synchronize_session in Bulk Deletion")
# changes: the flattened code re-indented; the calls the page lost restored (declarative_base(), Session(), commit(), all()), the remaining users print()ed by name (their default repr shows an address); the 'evaluate' strategy's line completed as its comment says, followed by a False one
from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import sessionmaker
from sqlalchemy.ext.declarative import declarative_base
Base = declarative_base()
engine = create_engine('sqlite:///:memory:')
Session = sessionmaker(bind=engine)
session = Session()
class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column(String)
Base.metadata.create_all(engine)
# Insert test data
session.add_all([User(name='Alice'), User(name='Bob'), User(name='Charlie')])
session.commit()
# Strategy 1: 'fetch' (reloads from DB)
session.query(User).filter(User.name.in_(['Alice', 'Bob'])).delete(synchronize_session='fetch')
print([u.name for u in session.query(User).all()]) # Only Charlie remains
# Strategy 2: 'evaluate' (in-memory evaluation)
session.query(User).filter(User.name == 'Charlie').delete(synchronize_session='evaluate')
print(session.query(User).count())
session.add(User(name='Dave'))
session.query(User).filter(User.name == 'Dave').delete(synchronize_session=False)
session.commit()
print(session.query(User).count())
