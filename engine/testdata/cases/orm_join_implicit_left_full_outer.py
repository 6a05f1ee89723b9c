# join() whose target is the first FROM item (the join starts from the other entity), FULL OUTER JOIN,
# filter() of a Python bool, a scalar one-to-many compared with None (NOT EXISTS)
from typing import Optional
from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    address: Mapped[Optional["Address"]] = relationship(back_populates="user")

    def __repr__(self):
        return f"User({self.name})"


class Address(Base):
    __tablename__ = "addresses"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id"))
    data: Mapped[str]
    user: Mapped[Optional[User]] = relationship(back_populates="address")

    def __repr__(self):
        return f"Address({self.data})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([User(name="u1", address=Address(data="a1")), User(name="u2"), Address(data="a2")])
    session.commit()
    print(session.query(User, Address).outerjoin(User).order_by(Address.id).all())
    print(session.query(User, Address).join(User, User.id == Address.user_id).all())
    print(session.execute(select(Address).select_from(User).join(Address.user).where(User.name == "u1")).scalars().all())
    print(sorted(session.query(User, Address).join(Address, full=True).all(), key=str))
    print(session.query(User, Address).join(Address, full=True).filter(False, Address.user_id == None).all())
    print(session.query(User).filter(User.address == None).all(), session.query(User).filter(User.address != None).all())
    print(select(Address).select_from(User).join(Address.user))
