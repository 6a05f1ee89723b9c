# source: https://github.com/ZeqTech/sqlalchemy-tutorials/blob/928290f0de42cdf340e591355160a8765569565e/ep_09_relationship_loading_techniques/subquery_example.py
# changes: database URL made sqlite://
# =============================================================
# |                 Created By: ZeqTech                       |
# |         YouTube: https://www.youtube.com/@zeqtech         |
# =============================================================
# Related Video: https://www.youtube.com/watch?v=KNxVG4OcboY

from sqlalchemy import Column, ForeignKey, Integer, String, Text, create_engine
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

db_url = 'sqlite://'

engine = create_engine(db_url, echo=True)  # important

Session = sessionmaker(bind=engine)
session = Session()

Base = declarative_base()


class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    posts = relationship('Post', backref='user', lazy='subquery')

    def __repr__(self):
        return f'<User {self.name} >'


class Post(Base):
    __tablename__ = 'posts'
    id = Column(Integer, primary_key=True)
    content = Column(Text)
    user_id = Column(Integer, ForeignKey('users.id'))

    def __repr__(self):
        return f'<Post {self.id} >'


Base.metadata.create_all(engine)

# If there is data in the database, dont add more data
if session.query(User).count() < 1:
    session.add_all(
        [
            User(
                name=f'User {y}',
                posts=[
                    Post(content=f'This is the content for {y * 5 + x}')
                    for x in range(5)
                ],
            )
            for y in range(100)
        ]
    )
    session.commit()

users = session.query(User).all()
for user in users:
    print(user.name)
    for (
        post
    ) in user.posts:  # Efficiently loads posts for all queried users using a subquery
        print(post.content)
