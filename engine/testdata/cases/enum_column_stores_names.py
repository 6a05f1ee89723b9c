# An Enum column stores the member's name (not its value) and loads the member back.
import enum
from typing import Optional
from sqlalchemy import Column, Enum, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Status(enum.Enum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = 3


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    posts: Mapped[list["Post"]] = relationship(back_populates="author", cascade="all, delete-orphan")


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[Status]
    legacy = Column(Enum(Status), nullable=True)
    kind = Column(Enum("news", "essay", name="post_kind"))
    author_id: Mapped[Optional[int]] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Optional[Author]] = relationship(back_populates="posts")


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as session:
    a = Author(name="ann")
    a.posts = [Post(status=Status.DRAFT, kind="news"), Post(status=Status.ARCHIVED, legacy=Status.PUBLISHED, kind="essay")]
    session.add(a)
    session.commit()
    rows = session.execute(select(Post).where(Post.status == Status.ARCHIVED)).scalars().all()
    print([(p.id, p.status, p.legacy, p.kind) for p in rows])
    p = session.get(Post, 1)
    print(p.status, p.status is Status.DRAFT, repr(p.legacy), p.kind)
    p.status = Status.PUBLISHED
    session.commit()
    session.delete(a)
    session.commit()
