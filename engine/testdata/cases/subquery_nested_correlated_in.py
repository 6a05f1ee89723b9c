# nested subqueries (anon_1 outside, anon_2 inside), a correlated scalar subquery in the columns and in WHERE, IN and NOT IN of a select() and of a subquery, repeated column names (id, id_1 counting with the binds: :id_2), str() of a subquery, Query over a subquery's columns and an aliased() subquery (2.0.52)
from typing import List, Optional
from sqlalchemy import ForeignKey, create_engine, select, func, String, union_all, union, literal, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased
class Base(DeclarativeBase):
    pass
class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[Optional[str]]
    addresses: Mapped[List["Address"]] = relationship(back_populates="user")
    def __repr__(self):
        return f"User(id={self.id!r}, name={self.name!r})"
class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    email_address: Mapped[str]
    user: Mapped[User] = relationship(back_populates="addresses")
    def __repr__(self):
        return f"Address(id={self.id!r}, email_address={self.email_address!r})"
engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
session = Session(engine)
session.add_all([
    User(name="spongebob", fullname="Spongebob Squarepants", addresses=[Address(email_address="spongebob@sqlalchemy.org")]),
    User(name="sandy", fullname="Sandy Cheeks", addresses=[Address(email_address="sandy@sqlalchemy.org"), Address(email_address="squirrel@squirrelpower.org")]),
    User(name="patrick", fullname="Patrick Star", addresses=[Address(email_address="pat999@aol.com")]),
    User(name="squidward", fullname="Squidward Tentacles"),
])
session.commit()
# nested subqueries
inner = select(User.id, User.name).where(User.id > 1).subquery()
outer = select(inner.c.id, inner.c.name).where(inner.c.id < 4).subquery()
stmt = select(outer.c.name).order_by(outer.c.name)
print(stmt)
print(session.execute(stmt).all())
# scalar subquery in where and column
sq = select(func.count(Address.id)).where(Address.user_id == User.id).scalar_subquery()
stmt = select(User.name, sq.label("cnt")).order_by(User.id)
print(stmt)
print(session.execute(stmt).all())
stmt = select(User.name).where(sq > 1)
print(stmt)
print(session.execute(stmt).all())
s = select(User.id, Address.id, func.count(Address.id), (User.id + 1), User.name.label("nm")).join_from(User, Address).group_by(User.id, Address.id).subquery()
print(str(s.c.nm), type(s.c.nm).__name__, type(s.c.id).__name__, type(s).__name__)
inner = select(Address.user_id, func.count(Address.id)).group_by(Address.user_id).subquery()
outer = select(inner.c.count, inner.c.user_id).subquery()

st = select(func.count(), outer.c[0]).select_from(outer).group_by(outer.c[0])
print(st)
print(session.execute(st).all())
print(select(User.id, Address.id).join_from(User, Address).where(User.id > 5))
print(select(User.id, Address.id, Address.user_id.label("id")).join_from(User, Address).where(User.id > 5))
print(session.query(inner.c.user_id, inner.c.count).order_by(inner.c.user_id).all())
print(session.query(inner.c.user_id, inner.c.count).order_by(inner.c.user_id))
a = aliased(Address, select(Address).where(Address.id > 1).subquery())
print(session.query(a).all())
print(session.query(a))
print(session.query(func.count(inner.c.user_id)).scalar())
print(select(User.name).where(User.id.in_(select(Address.user_id))))
print(session.scalars(select(User.name).where(User.id.in_(select(Address.user_id).where(Address.id > 2)))).all())
print(session.execute(select(User.name).where(User.id.not_in(select(Address.user_id)))).all())
print(s)
