from sqlalchemy import ForeignKey, String, create_engine, delete, func, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[str | None]


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    email: Mapped[str]


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
users, addresses = User.__table__, Address.__table__
with engine.begin() as conn:
    conn.execute(users.insert(), [{"name": "a"}, {"name": "b"}, {"name": "c"}])
    conn.execute(addresses.insert(), [{"user_id": 1, "email": "a1"}, {"user_id": 1, "email": "a2"}, {"user_id": 2, "email": "b1"}])

first = select(addresses.c.email).where(addresses.c.user_id == users.c.id).order_by(addresses.c.id.desc()).limit(1).scalar_subquery()
stmt = update(users).values(fullname=first)
print(stmt)
count = select(func.count(addresses.c.id)).where(addresses.c.user_id == users.c.id).scalar_subquery()
gone = delete(users).where(count == 0)
print(gone)
with engine.begin() as conn:
    print(conn.execute(stmt).rowcount)
    print(conn.execute(update(users).where(count > 1).values(name="many")).rowcount)
    print(conn.execute(gone).rowcount)
    print(conn.execute(select(users).order_by(users.c.id)).all())

with Session(engine) as session:
    n = select(func.count(Address.id)).where(Address.user_id == User.id).scalar_subquery()
    session.execute(update(User).where(n == 1).values(fullname="one"))
    print(session.scalars(select(User.fullname).order_by(User.id)).all())
    session.execute(delete(User).where(n == 1))
    print(session.scalars(select(User.name).order_by(User.id)).all())
