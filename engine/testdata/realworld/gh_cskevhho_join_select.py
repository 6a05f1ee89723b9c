# source: https://github.com/cskevhho/sqlalchemy2-demo/blob/63f6e5f527b44093a528c109602828da8335b870/join_select.py
# changes: database file 'sqlite:///sample.db' made 'sqlite://'; the scripts it reads after (connect, models, create_tables, main, persistence) run first in this file, main again for its own Session, sibling imports dropped
# --- connect.py
from sqlalchemy import create_engine, text

"""
This starts up the SQLAlchemy engine, we adjust the
passed in parameter to our database specifications,
echo is just to have it repeat to us what it had done.
Here I am just using SQLite as the DB and server because
it can be run in memory/saved onto a .db file.    
"""


engine = create_engine("sqlite://", echo=True)

with engine.connect() as connection:
    result = connection.execute(text('select "Hello"'))

# --- models.py
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy import ForeignKey, Text
from typing import List

"""
Here we define the models used in the database model. SQLAlchemy
does a fair bit of heavy lifting and prevents us from directly
fuddling about with the objects (as the users).
"""



class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(nullable=False)
    email_address: Mapped[str]
    comments: Mapped[List["Comment"]] = relationship(back_populates="user")

    def __repr__(self) -> str:
        return f"username: {self.username}"


class Comment(Base):
    __tablename__ = "comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    user: Mapped["User"] = relationship(back_populates="comments")

    def __repr__(self) -> str:
        return f"comment: {self.text} -- by {self.user.username}"

# --- create_tables.py

"""
So this file is just really here to generate the tables
via the `create_all()` function call found in SQLAlchemy's
DeclarativeBase class object (lots of definitions
and attributes)
"""


print("CREATING TABLES:")
Base.metadata.create_all(bind=engine)

# --- main.py
from sqlalchemy.orm import Session

session = Session(bind=engine)

# --- persistence.py

"""
This file contains a set of User objects,
using this file as a means of showing how
how the insert works in SQLAlchemy, if you
run this as `python3 persistence.py` (but
first you have to run `python3 create_tables.py`)
the terminal will display the SQL commands that are
being made for us (we are not directly creating the
statements in SQLAlchemy, this is good for us since
we will not be making complex queries and protects us
from injection attacks)
"""


user1 = User(
    username="john",
    email_address="john.doe@john.doe",
    comments=[Comment(text="Hello World"), Comment(text="Test 123")],
)

jane = User(
    username="jane",
    email_address="jane.doe@jane.doe",
    comments=[Comment(text="Please god"), Comment(text="Please work")],
)

joon = User(
    username="joon",
    email_address="joon.kim@joon.kim",
)

session.add_all([user1, jane, joon])

session.commit()

# --- main.py
from sqlalchemy.orm import Session

session = Session(bind=engine)

# --- join_select.py (the script)
from sqlalchemy import select

"""
A much more cleaned up "statement", we can see how
similar it is to SQL, just minus the SQL statements
and more actual programming-y things. 
"""

stmnt = (
    select(Comment)
    .join(Comment.user)
    .where(User.username == "john")
    .where(Comment.text == "Hello World")
)

# This returns the repr function we defined in whatever we are searching
result = session.scalars(stmnt).one()

# session.scalars(stmnt).one().text would return just Hello World
print(result)
