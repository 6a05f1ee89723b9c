from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, aliased, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    releases: Mapped[list["Release"]] = relationship(back_populates="author", lazy="joined", order_by="Release.id")


class Release(Base):
    __tablename__ = "release"
    id: Mapped[int] = mapped_column(primary_key=True)
    genre: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    author: Mapped[User] = relationship(back_populates="releases", lazy="joined")
    tags: Mapped[list["Tag"]] = relationship()


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("release.id"))
    word: Mapped[str]


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as session:
    a = User(name="a", releases=[Release(genre="techno", tags=[Tag(word="x")]), Release(genre="house")])
    b = User(name="b", releases=[Release(genre="techno"), Release(genre="techno")])
    session.add_all([a, b])
    session.commit()

with Session(engine) as session:
    users = session.query(User).join(Release).filter(Release.genre == "techno").all()
    print([(u.name, [r.genre for r in u.releases]) for u in users])

with Session(engine) as session:
    users = session.scalars(select(User).join(User.releases).join(Release.tags).where(Tag.word == "x")).unique().all()
    print([(u.name, len(u.releases)) for u in users])

with Session(engine) as session:
    ra = aliased(Release)
    users = session.scalars(select(User).join(ra, User.releases).where(ra.genre == "house").order_by(User.id)).unique().all()
    print([u.name for u in users])
    print(select(User).join(ra, User.releases).where(ra.genre == "house"))

with Session(engine) as session:
    rels = session.scalars(select(Release).join(Release.author).where(User.name == "b").order_by(Release.id.desc())).unique().all()
    print([(r.id, r.author.name) for r in rels])
    rels = session.query(Release).join(User).filter(User.name == "a").all()
    print([(r.id, r.author.name) for r in rels])
    print(session.query(Release).join(User).filter(User.name == "a").first().genre)
    u = session.query(User).join(Release).filter(Release.genre == "techno").order_by(User.id.desc()).first()
    print(u.name, len(u.releases))
    print(session.scalars(select(User).join(User.releases).where(Release.genre == "house").limit(3).offset(0)).unique().all())
    print(session.query(User).join(User.releases).filter(Release.genre == "techno").distinct().all())
    ra = aliased(Release)
    print(session.scalars(select(User).join(ra, User.releases).where(ra.genre == "house").limit(2)).unique().all())
