# Association rows of a many-to-many: SQLAlchemy iterates the flushed objects in set order (by
# address, so it changes from run to run); this recording is a run in the order cascadelab takes.
from sqlalchemy import Column, Integer, String, ForeignKey, Table, create_engine
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
tags = Table("post_tag", Base.metadata, Column("post_id", ForeignKey("post.id"), primary_key=True), Column("tag_id", ForeignKey("tag.id"), primary_key=True))
class Post(Base):
    __tablename__ = "post"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    tags = relationship("Tag", secondary=tags, back_populates="posts")
class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    posts = relationship("Post", secondary=tags, back_populates="tags")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
p1, p2, p3 = Post(title="p1"), Post(title="p2"), Post(title="p3")
t1, t2, t3 = Tag(name="t1"), Tag(name="t2"), Tag(name="t3")
p2.tags.append(t3)
p1.tags = [t2, t1]
t3.posts.append(p3)
t1.posts.append(p3)
s.add_all([p3, t1, p1, p2])
s.commit()
print([(p.title, [t.name for t in p.tags]) for p in (p1, p2, p3)])
print([(t.name, [p.title for p in t.posts]) for t in (t1, t2, t3)])
p1.tags.remove(t1)
t3.posts.remove(p2)
p2.tags.append(t1)
s.commit()
print([(p.title, [t.name for t in p.tags]) for p in (p1, p2, p3)])
s.delete(t3)
s.commit()
print(s.execute(tags.select()).all())
