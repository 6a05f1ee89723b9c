from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
class Author(Base):
    __tablename__ = "author"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    bio = Column(String)
    books = relationship("Book", back_populates="author")
class Book(Base):
    __tablename__ = "book"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    author_id = Column(Integer, ForeignKey("author.id"))
    author = relationship("Author", back_populates="books")
engine = create_engine("sqlite://", echo=False)
Base.metadata.create_all(engine)
s = Session(engine)
a = Author(name="x", bio="b", books=[Book(title="t1")])
s.add(a)
s.commit()
print(a.name)
print("R1")
s.refresh(a, ["books"])
print("R2")
a.name = "q"
a.bio = "c"
s.refresh(a, ["bio"])
print(a.name, a.bio)
print("R3")
s.refresh(a.books[0], ["author", "title"])
print("R4")
s.refresh(a, ["name", "books"])
print(a.name)
