# source: https://github.com/Vskesha/GoIT_WEB_exs/blob/11bd09f2d46b1e1ef2d4b8a252e73f5b0cbd4ca9/course/module7/conspect/lesson1/Simple_CRUD/update.py
# changes: Simple_CRUD/rel_one_to_many.py (same folder) inlined in place of `from rel_one_to_many import ...`, its database file 'sqlite:///test_one_to_many.db' made 'sqlite://'; create.py (same folder), which fills that database, run first
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker, relationship, declarative_base
from sqlalchemy import Column, Integer, String, ForeignKey, Text


engine = create_engine("sqlite://")
DBSession = sessionmaker(bind=engine)
session = DBSession()

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    articles = relationship("Article", back_populates="author")


class Article(Base):
    __tablename__ = "articles"
    id = Column(Integer, primary_key=True)
    title = Column(String(255))
    content = Column(Text)
    user_id = Column(Integer(), ForeignKey("users.id"))
    author = relationship("User", back_populates="articles")


Base.metadata.create_all(engine)
Base.metadata.bind = engine



if __name__ == "__main__":
    user = User(name="Boris Johnson")
    session.add(user)
    session.commit()

    article = Article(
        title="Our country's saddest day", content="Lorem ipsum...", user_id=user.id
    )
    session.add(article)
    session.commit()


if __name__ == "__main__":
    article = session.get(Article, 1)
    article.content = "Very important content for the article"
    session.add(article)
    session.commit()
