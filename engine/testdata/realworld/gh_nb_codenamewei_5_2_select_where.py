# source: https://github.com/codenamewei/pydata-science-playground/blob/7e0930a8ead63c70e80beb2dcfc8292c1423dd85/notebooks/sqlalchemyops/5_2_select_where.ipynb
# changes: the notebook's code cells joined into one script; the database URL (PostgreSQL, built from engine_config) -> 'sqlite://'; Base.metadata.create_all(engine) added after the engine (the tables existed in the author's database)
from typing import List
from typing import Optional
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship
from sqlalchemy import Table, Column, Integer, String
from sqlalchemy import ForeignKey
from sqlalchemy.orm import Session
from sqlalchemy.orm import DeclarativeBase

class Base(DeclarativeBase):
    pass

class User(Base):
    
    __tablename__ = "user_account"
    
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
    user_id = mapped_column(ForeignKey("user_account.id"))
    user: Mapped[User] = relationship(back_populates="addresses")
    
    def __repr__(self) -> str:
        return f"Address(id={self.id!r}, email_address={self.email_address!r})"
    
from sqlalchemy import create_engine

template_engine = "postgresql+psycopg://{db_username}:{db_password}@{db_host}:{db_port}"

engine_config = template_engine.format(
        db_username="a",
        db_password="v",
        db_host="c.cosqamqjez6h.ap-northeast-2.rds.amazonaws.com",
        db_port="5432",
        db_name="")


engine = create_engine("sqlite://",
    echo=True
)
Base.metadata.create_all(engine)

from sqlalchemy import select

with Session(engine) as session:

    #select with filter
    users = session.execute(select(User))
    
    for user in users:
        print(user)

from sqlalchemy import select

with Session(engine) as session:

    #select with filter
    users = session.execute(select(User).where(User.name == 'ehkrabs').where(User.fullname == 'Pegasus Extraordinaire'))
    
    #print(users.all())
    
    for user in users:
        print("----")
        print(type(user))
        print(user[0].id)
