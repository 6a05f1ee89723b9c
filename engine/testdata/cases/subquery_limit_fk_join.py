# a subquery with ORDER BY and LIMIT joined without an ON clause (the foreign key its user_id carries), DISTINCT over a subquery's column, a subquery of an aliased() class (user_account_1 inside anon_1), a legacy Query of an entity and a subquery's column outer-joined (2.0.52)
from typing import List, Optional
from sqlalchemy import ForeignKey, create_engine, select, func, String, union_all, union, literal, text, except_, intersect
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
sq = select(Address).order_by(Address.id.desc()).limit(2).subquery()
print(session.execute(select(User.name, sq.c.email_address).join(sq).order_by(sq.c.id)).all())
print(select(User.name).join(sq))
print(session.execute(select(sq.c.user_id).distinct().order_by(sq.c.user_id)).all())
ua = aliased(User)
s2 = select(ua.id, ua.name).where(ua.id > 1).subquery()
print(session.execute(select(s2.c.name).order_by(s2.c.name)).all())
print(select(s2.c.name))
# legacy Query.subquery
sq = session.query(Address.user_id, func.count(Address.id).label("address_count")).group_by(Address.user_id).subquery()
q = session.query(User, sq.c.address_count).outerjoin(sq, User.id == sq.c.user_id).order_by(User.id)
print(q)
for u, c in q:
    print(u, c)
sq2 = session.query(User).filter(User.id > 2).subquery()
print(session.query(sq2.c.name).all())
a = aliased(User, sq2)
print(session.query(a).all())
print(select(sq2))
