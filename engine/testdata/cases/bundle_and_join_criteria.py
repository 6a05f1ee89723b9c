# Bundle() rows nested under the bundle's name among plain columns, and Class.rel.and_(criteria) added to a join's ON clause, alone or as join(Target, Class.rel.and_(...)) (2.0.52)
from typing import List, Optional
from sqlalchemy import ForeignKey, create_engine, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, Bundle
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
s.add_all([User(name="a", addresses=[Address(email="x@a"), Address(email="y@a")]), User(name="b", addresses=[Address(email="z@b")])])
s.commit()
stmt = select(User.id, Bundle("u", User.name, Address.email), Address.id.label("aid")).join_from(User, Address).order_by(Address.id)
for row in s.execute(stmt):
    print(row, row.u, row.u.name, row.u.email, row.aid, row[1][0])
print(s.execute(select(User.name).join(User.addresses.and_(Address.email.like("y%"), Address.id > 0))).all())
print(select(User.name).join(User.addresses.and_(Address.email == "x")))
print(s.execute(select(User.name, Address.email).join(Address, User.addresses.and_(Address.email != "x@a")).order_by(Address.id)).all())
