# source: https://github.com/rsgilbert/learn-sqlalchemy/blob/b8ce5caff71305a41e678c1b8557a66c1d8432d5/core/declarative.py
# changes: none
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy import create_engine, insert, MetaData, Table, Column, Integer, ForeignKey, String
from typing import Optional, List


engine = create_engine('sqlite+pysqlite:///:memory:', echo=True)


# Define table in a declarative way


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = 'user'

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[Optional[str]]
    addresses: Mapped[List["Address"]] = relationship(back_populates="user")

    def __repr__(self) -> str:
        return f"User(id={self.id!r}, name={self.name!r}, fullname={self.fullname!r})"


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    email_address: Mapped[str]
    user_id = mapped_column(ForeignKey("user.id"))
    user: Mapped[User] = relationship(back_populates="addresses")

    def __repr__(self) -> str:
        return f"Address(id={self.id!r}, email_address={self.email_address!r})"


Base.metadata.create_all(engine)

user = User(fullname="Jonathan", name="Peter")
print(user)












