# An author with posts, posts with comments, and tags shared between posts.
from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

post_tags = Table(
    "post_tags",
    Base.metadata,
    Column("post_id", ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class Author(Base):
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    posts = relationship("Post", back_populates="author", passive_deletes=True)


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    title = Column(String(100), nullable=False)
    author_id = Column(Integer, ForeignKey("authors.id", ondelete="CASCADE"))
    author = relationship("Author", back_populates="posts")
    comments = relationship("Comment", back_populates="post", cascade="all, delete-orphan", passive_deletes=True)
    tags = relationship("Tag", secondary=post_tags, back_populates="posts", passive_deletes=True)


class Comment(Base):
    __tablename__ = "comments"
    id = Column(Integer, primary_key=True)
    body = Column(Text)
    post_id = Column(Integer, ForeignKey("posts.id", ondelete="CASCADE"))
    post = relationship("Post", back_populates="comments")


class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)
    name = Column(String(30), unique=True)
    posts = relationship("Post", secondary=post_tags, back_populates="tags")


# Scenario written by cascadelab: Database cascade, foreign keys not enforced.
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    tag_pool = [Tag(name=f"tag {n}") for n in range(1, 4)]
    for i in range(1, 3):
        author = Author(name=f"author {i}")
        session.add(author)
        for j in range(1, 4):
            post = Post(title=f"post {i}.{j}")
            author.posts.append(post)
            for k in range(1, 4):
                comment = Comment(body=f"comment {i}.{j}.{k}")
                post.comments.append(comment)
            post.tags.extend(tag_pool)
            session.flush()
    session.commit()

with Session(engine) as session:
    author = session.get(Author, 1)
    session.delete(author)
    session.commit()
