# source: https://github.com/CantonPython/sqlalchemy-examples/blob/cfd5abd015722fdc854c05c37c64f57058b1284d/3/model.py, then 3/test1.py 3/test2.py (run in that order)
# changes: the database URL made "sqlite://"; model.py inlined where the tests import from it (their 'from model import ...' lines dropped) and the test scripts run after it in one process, the later reading what the earlier wrote; 'from __future__' lines moved to the top
from __future__ import print_function
"""
SQLAlchemy example

Define some tables using the sqlalchemy declarative ORM.
Insert some data to the tables.
Create a 1-n relationship.
"""
import hashlib
from sqlalchemy import create_engine
from sqlalchemy import Column, String, Integer, DateTime
from sqlalchemy import ForeignKey
from sqlalchemy.sql import func
from sqlalchemy.orm import sessionmaker, relationship
from sqlalchemy.ext.declarative import declarative_base

def hash(value):
    md5 = hashlib.md5()
    md5.update(value)
    return md5.hexdigest()

Base = declarative_base()

class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    username = Column(String, unique=True)
    email = Column(String)
    passwd = Column(String)
    topics = relationship("Topic", back_populates="author")

    def __init__(self, username, email='', passwd=''):
        self.username = username
        self.email = email
        self.passwd = hash(passwd)

class Topic(Base):
    __tablename__ = "topic"
    id = Column(Integer, primary_key=True)
    description = Column(String)
    post_date = Column(DateTime, default=func.now())
    author_id = Column(Integer, ForeignKey("user.id"))
    author = relationship("User", back_populates="topics")

    def __init__(self, description):
        self.description = description

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
import sys

session = Session()

# Add a user to a topic.
t1 = Topic("and now for something completely different")
t1.author = User("xyzzy")

# Add some topics to a user.
u2 = User("plugh")
u2.topics = [
    Topic("my hovercraft is full of eels"),
    Topic("he is pining for the fjords"),
]

try:
    session.add(t1)
    session.add(u2)
    session.commit()
except Exception as e:
    print("Failed:", e)
    session.rollback()
    sys.exit(1)
import sys

session = Session()

u = session.query(User).filter_by(username='xyzzy').one()
print("username={0}, id={1}".format(u.username, u.id))

t = session.query(Topic).filter_by(id=1).one()
print("topic={0}".format(t.description))
