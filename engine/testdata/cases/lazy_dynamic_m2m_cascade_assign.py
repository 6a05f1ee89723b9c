from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Table
from sqlalchemy.orm import declarative_base, relationship, Session, backref

Base = declarative_base()

tags = Table("post_tag", Base.metadata,
    Column("post_id", ForeignKey("post.id"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id"), primary_key=True))

class Author(Base):
    __tablename__ = "author"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    posts = relationship("Post", lazy="dynamic", cascade="all, delete-orphan",
                         order_by="Post.title", backref=backref("author"))

class Post(Base):
    __tablename__ = "post"
    id = Column(Integer, primary_key=True)
    title = Column(String(20))
    author_id = Column(Integer, ForeignKey("author.id"))
    tags = relationship("Tag", secondary=tags, lazy="dynamic", backref="posts")

class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
a = Author(name="ann")
p1, p2, p3 = Post(title="z"), Post(title="m"), Post(title="a")
a.posts.append(p1)
a.posts.extend([p2, p3])
a.posts.remove(p2)
print(a.posts.count(), [p.title for p in a.posts])
print(a.posts[0].title)
t1, t2 = Tag(name="t1"), Tag(name="t2")
p1.tags.append(t1)
with Session(engine) as s:
    s.add(a)
    s.flush()
    p3.tags.extend([t1, t2])
    print([p.title for p in a.posts])
    print(p3.tags.count(), [t.name for t in p3.tags.order_by(Tag.name.desc())])
    print([p.title for p in t1.posts])
    p4 = Post(title="b")
    p4.author = a
    print(a.posts.filter(Post.title > "a").count())
    s.commit()
    a.posts.remove(a.posts.filter_by(title="z").one())
    s.commit()
    print(s.query(Post).count())
    a.posts = [a.posts.first(), Post(title="new")]
    s.commit()
    print([p.title for p in s.query(Post).order_by(Post.id)])
    s.delete(a)
    s.commit()
    print(s.query(Post).count(), s.query(Tag).count())
    try:
        print(a.posts[-1])
    except Exception as e:
        print(type(e).__name__, e)
