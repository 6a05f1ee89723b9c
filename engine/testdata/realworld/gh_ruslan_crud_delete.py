# source: https://github.com/Ruslan-Skira/goit_web/blob/ee9244c5962f92ce53e62e1f066f5cbfa11aa1c0/module07/lesson01/code_from_lecture/crud_example/delete.py
# changes: crud_example/rel_one_to_many.py (same folder) inlined in place of `from rel_one_to_many import ...`, its database file 'sqlite:///CRUD_07_01.db' made 'sqlite://'; create_data.py (same folder), which fills that database, run first
from sqlalchemy.engine import create_engine
from sqlalchemy.orm import sessionmaker, declarative_base, relationship
from sqlalchemy import Column, String, Integer, Text, ForeignKey

engine = create_engine("sqlite://")

Session = sessionmaker(bind=engine)
session = Session()

Base = declarative_base() #As introduced at Declarative Mapping, the Declarative style includes the ability to generate a mapped Table object at the same time, or to accommodate a Table or other FromClause object directly.


class User(Base):
    __tablename__ = 'users'
    id = Column(Integer(), primary_key=True)
    name = Column(String(20))
    articles = relationship('Article', back_populates='author')


class Article(Base):
    __tablename__ = 'articles'
    id = Column(Integer(), primary_key=True)
    title = Column(String(255))
    content = Column(Text())
    user_id = Column(Integer(), ForeignKey('users.id'))
    author = relationship('User', back_populates='articles')


Base.metadata.create_all(engine)
Base.metadata.bind = engine


user = User(name='Boris Johnson2')
session.add(user)
session.commit()

article = Article(title='Our country’s saddest day', content='Lorem ipsum...', user_id=user.id)
session.add(article)
session.commit()

article = Article(title='fresh title', content='anythin ', user_id=user.id)
session.add(article)
session.commit()


article = session.query(Article).get(1)
session.delete(article)
session.commit()