# Many-to-many with back_populates on both sides and no cascade: deleting a tag deletes only
# its link rows (loaded through the tag's side); articles stay.
from sqlalchemy import Column, Integer, String, ForeignKey, Table, create_engine, text
from sqlalchemy.orm import relationship, Session, declarative_base
Base = declarative_base()
links = Table("links", Base.metadata,
    Column("article_id", ForeignKey("article.id"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id"), primary_key=True))
class Article(Base):
    __tablename__ = "article"
    id = Column(Integer, primary_key=True)
    tags = relationship("Tag", secondary=links, back_populates="articles")
class Tag(Base):
    __tablename__ = "tag"
    id = Column(Integer, primary_key=True)
    word = Column(String(10))
    articles = relationship("Article", secondary="links", back_populates="tags")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    go, sql = Tag(word="go"), Tag(word="sql")
    s.add(Article(tags=[go, sql]))
    s.commit()
    s.add(Article(tags=[sql]))
    s.commit()
with Session(engine) as s:
    s.delete(s.query(Tag).filter_by(word="sql").one())
    s.commit()
    print(s.execute(text("SELECT article_id, tag_id FROM links")).all(), s.query(Article).count())
