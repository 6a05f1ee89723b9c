# source: http://wjhsh.net/chen0427-p-8666868.html ("【Flask】ORM 关系一对一")
# changes: the page's line numbers removed; DB_URI (a MySQL URL built from the settings) -> 'sqlite://'; the Article class ends where the page's copy is cut off
# coding:utf-8
# Author: liangjun.chen


from sqlalchemy import create_engine, Column, Integer, String, Text, ForeignKey

from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import sessionmaker, relationship, backref

HOSTNAME = '127.0.0.1'
PORT = 3306
DATABASE = 'sqlalchemy_first'
USERNAME = 'root'
PASSWORD = '123456'

DB_URI = 'sqlite://'
engine = create_engine(DB_URI)
Base = declarative_base(engine)
Session = sessionmaker(engine)
session = Session()


# user
class User(Base):
    __tablename__ = 'user'
    id = Column(Integer, primary_key=True, autoincrement=True)
    username = Column(String(50), nullable=False)

    # articles = relationship("Article")

    def __repr__(self):
        return "User <username: {}>".format(self.username)


# UserExtent
class UserExtend(Base):
    __tablename__ = 'userextend'
    id = Column(Integer, primary_key=True, autoincrement=True)
    school = Column(String(50))
    uid = Column(Integer, ForeignKey("user.id"))

    user = relationship("User", backref=backref("extend", uselist=False))


# article
class Article(Base):
    __tablename__ = 'article'
    id = Column(Integer, primary_key=True, autoincrement=True)
    title = Column(String(50), nullable=False)
    conent = Column(Text, nullable=False)
    uid = Column(Integer, ForeignKey("user.id"))
