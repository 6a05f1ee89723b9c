# union(), union_all(), except_(), intersect() and select().union_all(): executed, ordered by a column they select (ORDER BY name), as a subquery counted and read through aliased(); select(Class).from_statement() of a UNION and of text().columns(), a textual SELECT as a subquery; a subquery read twice (scalar subquery of the same subquery, not correlated); the CompileError of SELECTs of different widths (2.0.52)
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
u = union(select(User.name).where(User.id < 3), select(Address.email_address).where(Address.id > 3))
print(u)
print(session.execute(u).all())
print(session.execute(u.order_by(User.name)).all())
u2 = select(User.id, User.name).where(User.id == 1).union_all(select(User.id, User.name).where(User.id == 2)).subquery()
print(select(func.count()).select_from(u2))
print(session.scalar(select(func.count()).select_from(u2)))
print(session.execute(select(u2.c.name).order_by(u2.c.name.desc())).all())
ex = except_(select(User.id), select(Address.user_id))
print(ex)
print(session.execute(ex).scalars().all())
it = intersect(select(User.id), select(Address.user_id))
print(session.execute(it).all())
cnt = union_all(select(Address.user_id, func.count(Address.id)).group_by(Address.user_id), select(User.id, func.count(User.id)).group_by(User.id)).subquery()
print(cnt.c.keys())
print(session.execute(select(cnt.c.user_id, cnt.c.count).order_by(cnt.c.user_id, cnt.c.count)).all())
ua = aliased(User, union(select(User).where(User.id == 2), select(User).where(User.name == "patrick")).subquery(), name="u")
print(session.execute(select(ua).order_by(ua.id.desc())).all())
print(session.scalars(select(User).from_statement(union_all(select(User).where(User.id > 3), select(User).where(User.id == 1)).order_by(User.id.desc()))).all())
t = text("SELECT id, name, fullname FROM user_account WHERE id > 2").columns(User.id, User.name, User.fullname)
print(session.scalars(select(User).from_statement(t)).all())
ts = t.subquery()
print(session.execute(select(ts.c.name)).all())
try:
    union(select(User.id), select(User.id, User.name))
except Exception as e:
    print(type(e).__name__, e)
s = select(User.name, func.count(Address.id).label("n")).join(User.addresses).group_by(User.name).subquery()
print(session.execute(select(s.c.name).where(s.c.n == select(func.max(s.c.n)).scalar_subquery())).all())
print(select(s.c.name).where(s.c.n == select(func.max(s.c.n)).scalar_subquery()))
sq = select(Address.user_id).where(Address.email_address.like("%sqlalchemy%")).subquery()
print(session.scalars(select(User).where(User.id.in_(select(sq.c.user_id))).order_by(User.id)).all())
print(session.execute(union(select(User.id), select(User.id, User.name))).all())
q = session.query(User.name).filter(User.id > 1)
print(q.subquery().c.keys())
print(session.query(func.count()).select_from(q.subquery()).scalar())
