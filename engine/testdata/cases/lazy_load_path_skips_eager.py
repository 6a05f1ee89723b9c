# A lazy load runs under its relationship's path: an eager loader of the
# loaded objects that leads back to the parent's mapper does not run
# (LazyLoader's _current_path, _setup_for_recursion's contains_mapper).
from sqlalchemy import Column, Integer, String, ForeignKey, Table, create_engine
from sqlalchemy.orm import declarative_base, relationship, backref, Session

Base = declarative_base()

link = Table("link", Base.metadata,
             Column("post_id", ForeignKey("post.id"), primary_key=True),
             Column("tag_id", ForeignKey("tag.id"), primary_key=True))


class Post(Base):
    __tablename__ = "post"
    id = Column(Integer, primary_key=True)
    tags = relationship("Tag", secondary=link, backref=backref("posts", lazy="subquery"))
    notes = relationship("Note", lazy="selectin", back_populates="post")


class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    name = Column(String)


class Note(Base):
    __tablename__ = "note"
    id = Column(Integer, primary_key=True)
    post_id = Column(ForeignKey("post.id"))
    post = relationship("Post", back_populates="notes")
    other = relationship("Other", lazy="joined")
    other_id = Column(ForeignKey("other.id"))


class Other(Base):
    __tablename__ = "other"
    id = Column(Integer, primary_key=True)
    name = Column(String)


e = create_engine("sqlite://")
Base.metadata.create_all(e)
s = Session(e)
t = Tag(name="a")
p = Post(tags=[t], notes=[Note(other=Other())])
s.add(p)
s.commit()
print([x.name for x in p.tags])
print(len(t.posts))
n = s.get(Note, 1)
s.expire(n)
print(n.post.id, len(n.post.notes), n.other.id)
