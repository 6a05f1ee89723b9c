# source: https://github.com/jeelion22/sqlalchemy2.0.19/blob/1e8f6412fb24732e900866815b85a380c278da38/orm/select_with_join.py
# changes: database file 'sqlite:///sample.db' made 'sqlite://'; the scripts it reads after (connect, models, create_tables, main, persisting) run first in this file, main again for its own Session, sibling imports dropped
# --- orm/connect.py
from sqlalchemy import create_engine
from sqlalchemy import text

engine = create_engine("sqlite://", echo=True)

with engine.connect() as conn:
    result = conn.execute(text("SELECT 'HELLO'"))
    print(result.all())

# --- orm/models.py
from sqlalchemy.orm import DeclarativeBase, relationship
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy import ForeignKey, Text
from typing import List


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(nullable=False)
    email_address: Mapped[str]
    comments: Mapped[List["Comment"]] = relationship(back_populates="user")

    def __repr__(self) -> str:
        return f"<User username={self.username}>"


class Comment(Base):
    __tablename__ = "comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    user: Mapped["User"] = relationship(back_populates="comments")

    def __repr__(self) -> str:
        return f"<Comment text={self.text} by {self.user.username}>"

# --- orm/create_tables.py

print("CREATING tABLES >>>")

Base.metadata.create_all(bind=engine)

# --- orm/main.py
from sqlalchemy.orm import Session

session = Session(engine)

# --- orm/persisting.py


eva = User(
    username="eva",
    email_address="eva@gmail.com",
    comments=[Comment(text="Hello World"), Comment(text="easy learn sqlalchemy")],
)

harry = User(
    username="Harry",
    email_address="harry@gmail.com",
    comments=[Comment(text="Hello!"), Comment(text="It is a AI world")],
)


shri = User(
    username="shri",
    email_address="shri@gmail.com",
    comments=[Comment(text="Whats up guys"), Comment(text="Chil morining")],
)

session.add_all([eva, harry, shri])

session.commit()

# --- orm/main.py
from sqlalchemy.orm import Session

session = Session(engine)

# --- orm/select_with_join.py (the script)
from sqlalchemy import select


stmt = (
    select(Comment)
    .join(Comment.user)
    .where(User.username == "eva")
    .where(Comment.text == "easy learn sqlalchemy")
)

result = session.scalars(stmt).one()

print(result.user_id)
