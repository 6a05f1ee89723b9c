# select(...).subquery() and subquery(name): its .c columns selected, filtered and counted (count(x) AS count_1 named once inside and out), select(subq), select_from(subq), join to a subquery by an ON clause, aliased(Class, subq) loading objects from it (a column it leaves out loads on access), literal().label() (2.0.52)
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
subq = select(Address).where(Address.email_address == "pat999@aol.com").subquery()
print(subq.c.keys())
stmt = select(User).join(subq, User.id == subq.c.user_id)
print(stmt)
print(session.scalars(stmt).all())
a = aliased(Address, subq)
stmt = select(a).order_by(a.id)
print(stmt)
print(session.scalars(stmt).all())
s2 = select(User.id, User.name).where(User.id > 1).subquery("u")
print(select(s2.c.name).where(s2.c.id < 4))
print(session.execute(select(s2.c.name).where(s2.c.id < 4)).all())
print(session.execute(select(s2).order_by(s2.c.id)).all())
# count per user, joined
subq = select(Address.user_id, func.count(Address.id).label("n")).group_by(Address.user_id).subquery()
stmt = select(User.name, subq.c.n).join(subq, User.id == subq.c.user_id).order_by(User.id)
print(stmt)
print(session.execute(stmt).all())
# unlabeled count in subquery
subq2 = select(Address.user_id, func.count(Address.id)).group_by(Address.user_id).subquery()
print(subq2.c.keys())
stmt = select(subq2).where(subq2.c.user_id > 1)
print(stmt)
print(session.execute(stmt).all())
# count over a subquery
print(select(func.count()).select_from(subq))
print(session.scalar(select(func.count()).select_from(subq)))
print(session.scalar(select(func.count()).select_from(select(User).where(User.id > 2).subquery())))
# two subqueries
s1 = select(User.id).where(User.id > 1).subquery()
s2 = select(Address.user_id).subquery()
stmt = select(s1.c.id).join(s2, s1.c.id == s2.c.user_id)
print(stmt)
print(session.execute(stmt).all())
# an entity read from a subquery that leaves a column out loads it on access
session.expunge_all()
ua = select(User.id, User.name, Address.id, Address.email_address).join_from(User, Address).subquery()
aa = aliased(Address, ua, name="addr")
for row in session.execute(select(aa).order_by(aa.email_address)):
    print(row.addr, row.addr.user_id)
print(session.execute(select(User.name, literal(3).label("three")).where(User.id == literal(2))).all())
