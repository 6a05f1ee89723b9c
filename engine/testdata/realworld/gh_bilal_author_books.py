# source: https://github.com/Bilal0335/learn-sqlalchemy/blob/e57ac9169749fd523f796c52fb377dabb8ec01c4/AUTHOR_BOOKS/main.py
# changes: db.py, models/author.py and models/book.py (same folder) inlined in place of their imports, load_dotenv() and the .env's database URL replaced by "sqlite://"; then the folder's insert_data.py and main.py run again, as the author's workflow runs them (main.py makes the tables, insert_data.py fills them, main.py prints them)
# db.py
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase
import os

# Load environment variable
db_url = "sqlite://"

# Create engine
engine = create_engine(db_url, echo=True)

# Base class
class Base(DeclarativeBase):
    pass
# models/author.py
from typing import List, TYPE_CHECKING
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column, relationship

if TYPE_CHECKING:
    from models.book import Book

class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))

    books: Mapped[List["Book"]] = relationship(
        back_populates="author", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Author(id={self.id}, name={self.name})"
# models/book.py
from typing import TYPE_CHECKING
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

if TYPE_CHECKING:
    from models.author import Author

class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))

    author: Mapped["Author"] = relationship(back_populates="books")

    def __repr__(self) -> str:
        return f"Book(id={self.id}, title={self.title})"

# main.py
# main.py
from sqlalchemy.orm import Session

# Create tables
Base.metadata.create_all(engine)

# Read and print all authors and books
with Session(engine) as session:
    authors = session.query(Author).all()
    for author in authors:
        print(author)
        for book in author.books:
            print("  →", book)

# insert_data.py
# # insert_data.py
# from sqlalchemy.orm import Session
# from db import engine
# from models.author import Author
# from models.book import Book

# # Insert one author with two books
# with Session(engine) as session:
#     author = Author(
#         name="J.K. Rowling",
#         books=[
#             Book(title="Harry Potter and the Philosopher's Stone"),
#             Book(title="Harry Potter and the Chamber of Secrets")
#         ]
#     )
#     session.add(author)
#     session.commit()


from sqlalchemy.orm import Session

# Insert multiple authors, each with multiple books
with Session(engine) as session:
    authors = [
        Author(
            name="J.K. Rowling",
            books=[
                Book(title="Harry Potter and the Philosopher's Stone"),
                Book(title="Harry Potter and the Chamber of Secrets")
            ]
        ),
        Author(
            name="J.R.R. Tolkien",
            books=[
                Book(title="The Hobbit"),
                Book(title="The Lord of the Rings")
            ]
        ),
        Author(
            name="George R.R. Martin",
            books=[
                Book(title="A Game of Thrones"),
                Book(title="A Clash of Kings")
            ]
        )
    ]

    session.add_all(authors)
    session.commit()

# main.py
# main.py
from sqlalchemy.orm import Session

# Create tables
Base.metadata.create_all(engine)

# Read and print all authors and books
with Session(engine) as session:
    authors = session.query(Author).all()
    for author in authors:
        print(author)
        for book in author.books:
            print("  →", book)
