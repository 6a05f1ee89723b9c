# A NOT NULL foreign key with ON DELETE CASCADE: automap itself then gives the
# one-to-many cascade="all, delete-orphan" and passive_deletes=True. With the
# pragma on, the database deletes the children of the deleted parent.
from sqlalchemy import create_engine, event, text, select
from sqlalchemy.ext.automap import automap_base
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def fk_on(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


with engine.begin() as conn:
    conn.execute(text("CREATE TABLE author (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL)"))
    conn.execute(text(
        "CREATE TABLE book (id INTEGER NOT NULL PRIMARY KEY, title TEXT, author_id INTEGER NOT NULL, "
        "CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE)"))
    conn.execute(text("INSERT INTO author (id, name) VALUES (1, 'Ann'), (2, 'Bob')"))
    conn.execute(text("INSERT INTO book (id, title, author_id) VALUES (1, 'x', 1), (2, 'y', 1), (3, 'z', 2)"))

Base = automap_base()
Base.prepare(autoload_with=engine)
Author, Book = Base.classes.author, Base.classes.book

with Session(engine) as session:
    ann = session.scalars(select(Author).where(Author.name == "Ann")).one()
    print(ann.name, len(ann.book_collection))
    b = session.get(Book, 3)
    print(b.author.name)
    session.delete(session.get(Author, 2))
    session.flush()
    ann.book_collection.remove(ann.book_collection[0])
    session.commit()
    print([(b.id, b.author_id) for b in session.scalars(select(Book).order_by(Book.id))])
