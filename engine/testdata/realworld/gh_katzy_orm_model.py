# source: https://github.com/katzy687/sqlalchemy2.0-playground/blob/2feaeb1bcfc6c74d89587d0e9e26408d07508194/orm_model.py
# changes: database file 'sqlite:///sample.db' made 'sqlite://'; its sibling module engine.py inlined first
# --- engine.py
from sqlalchemy import create_engine, MetaData

engine = create_engine("sqlite://", echo=True)

# for Core style usage, ORM does this implicitly
metadata_obj = MetaData()

# --- orm_model.py (the script)
from sqlalchemy import String, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from typing import List


# ORM style
class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[str | None]
    addresses: Mapped[List["Address"]] = relationship(back_populates="user")

    def __repr__(self) -> str:
        return f"User(id={self.id!r}, name={self.name!r}, fullname={self.fullname!r})"


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    email_address: Mapped[str]
    user_id = mapped_column(ForeignKey("user_account.id"))
    user: Mapped[User] = relationship(back_populates="addresses")

    def __repr__(self) -> str:
        return f"Address(id={self.id!r}, email_address={self.email_address!r})"


def emit_tables():
    Base.metadata.create_all(engine)


if __name__ == "__main__":
    emit_tables()
