# source: https://iifx.dev/en/articles/223310476 ("Efficiently Filtering SQLAlchemy Results Based on Relationship Counts")
# changes: none (the page's setup and its "Filtering by Count" block joined)
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session
from sqlalchemy.sql import func

Base = declarative_base()

class Author(Base):
    __tablename__ = 'authors'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    books = relationship("Book", back_populates="author")

class Book(Base):
    __tablename__ = 'books'
    id = Column(Integer, primary_key=True)
    title = Column(String)
    author_id = Column(Integer, ForeignKey('authors.id'))
    author = relationship("Author", back_populates="books")

engine = create_engine('sqlite:///:memory:') # In-memory database for demo
Base.metadata.create_all(engine)
session = Session(engine)

# Add some sample data
author1 = Author(name="Author 1")
author2 = Author(name="Author 2")
author3 = Author(name="Author 3")

book1 = Book(title="Book 1", author=author1)
book2 = Book(title="Book 2", author=author1)
book3 = Book(title="Book 3", author=author2)
book4 = Book(title="Book 4", author=author2)
book5 = Book(title="Book 5", author=author3)

session.add_all([author1, author2, author3, book1, book2, book3, book4, book5])
session.commit()

from sqlalchemy import and_

authors_with_more_than_one_book = session.query(Author).filter(func.count(Book.id) > 1).join(Book).group_by(Author.id).all()

for author in authors_with_more_than_one_book:
    print(f"{author.name} has written more than one book.")
