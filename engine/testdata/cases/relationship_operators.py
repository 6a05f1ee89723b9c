# relationship operators: any() and has() as correlated EXISTS (a criterion, keywords, negated, grouped inside AND), a many-to-one == / != an object or None, contains() of a one-to-many, with_parent(); SQLAlchemy's InvalidRequestError for == on a collection and any() on a scalar (2.0.52)
from typing import List, Optional
from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, with_parent
class Base(DeclarativeBase): pass
class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    addresses: Mapped[List["Address"]] = relationship(back_populates="user")
class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str]
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("user_account.id"))
    user: Mapped[Optional[User]] = relationship(back_populates="addresses")
e = create_engine("sqlite://", echo=True)
Base.metadata.create_all(e)
s = Session(e)
s.add_all([User(name="a", addresses=[Address(email="x@a"), Address(email="y@a")]), User(name="b"), Address(email="orphan")])
s.commit()
u = s.get(User, 1)
a = s.get(Address, 2)
print(s.scalars(select(User.name).where(User.addresses.any(email="y@a"))).all())
print(s.scalars(select(User.name).where(~User.addresses.any())).all())
print(s.scalars(select(Address.email).where(Address.user.has(User.name == "a"), Address.id > 1)).all())
print(s.scalars(select(Address.email).where(Address.user == None)).all())
print(s.scalars(select(Address.email).where(Address.user != u)).all())
print(s.scalars(select(Address.email).where(Address.user == u)).all())
print(s.scalars(select(User.name).where(User.addresses.contains(a))).all())
print(s.scalars(select(Address.email).where(with_parent(u, User.addresses))).all())
print(select(User).where(User.addresses.any(Address.email.like("%a"))))
print([x.email for x in s.query(Address).filter(Address.user.has(name="a")).order_by(Address.id)])
try:
    User.addresses == a
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    Address.user.any()
except Exception as ex:
    print(type(ex).__name__, ex)
