# source: https://github.com/ZeqTech/sqlalchemy-tutorials/blob/928290f0de42cdf340e591355160a8765569565e/ep_18_association_proxy/end/app.py
# changes: the code of ep_18_association_proxy/end/models.py (same repository) inlined in place of `from models import Base, User, Article`
# =============================================================
# |                 Created By: ZeqTech                       |
# |         YouTube: https://www.youtube.com/@zeqtech         |
# =============================================================
# Related Video: https://www.youtube.com/watch?v=jmjuaSVRWPY

from sqlalchemy import create_engine
from sqlalchemy.orm import Session
# =============================================================
# |                 Created By: ZeqTech                       |
# |         YouTube: https://www.youtube.com/@zeqtech         |
# =============================================================
# Related Video: https://www.youtube.com/watch?v=jmjuaSVRWPY

from sqlalchemy import String, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.ext.associationproxy import association_proxy


class Base(DeclarativeBase):
    id: Mapped[int] = mapped_column(primary_key=True)


class UserArticle(Base):
    __tablename__ = 'user_article'

    user_id: Mapped[int] = mapped_column(ForeignKey('user.id'))
    article_id: Mapped[int] = mapped_column(ForeignKey('article.id'))


class User(Base):
    __tablename__ = 'user'

    name: Mapped[str] = mapped_column(String(50))
    articles: Mapped[list['Article']] = relationship(
        back_populates='users', secondary='user_article'
    )

    # This was added
    # Association proxy: jump straight to article titles
    article_titles: Mapped[list[str]] = association_proxy('articles', 'title')


class Article(Base):
    __tablename__ = 'article'

    title: Mapped[str] = mapped_column(String(100))
    users: Mapped[list[User]] = relationship(
        back_populates='articles', secondary='user_article'
    )

    # This was added
    # Association proxy: jump straight to user names
    users_name: Mapped[list[str]] = association_proxy('users', 'name')

engine = create_engine('sqlite://', echo=False)
Base.metadata.create_all(engine)

with Session(engine) as session:
    zeq = User(name='Zeq Tech')
    mark = User(name='Mark')
    art1 = Article(title='Intro to SQLAlchemy')
    art2 = Article(title='Advanced Python Tips')

    zeq.articles.extend([art1, art2])
    mark.articles.append(art1)

    session.add_all([zeq, mark, art1, art2])
    session.commit()

    # Print article titles for each user
    print(zeq.article_titles)  # ['Intro to SQLAlchemy', 'Advanced Python Tips']
    print(mark.article_titles)  # ['Intro to SQLAlchemy']

    # Print user names for each article
    print(art1.users_name)  # ['Zeq Tech', 'Mark']
    print(art2.users_name)  # ['Zeq Tech']
