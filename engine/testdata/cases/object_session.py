# sqlalchemy.orm.object_session: the Session an instance belongs to, None when transient or detached
from sqlalchemy import create_engine, select, func, ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, object_session, relationship


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    addresses: Mapped[list["Address"]] = relationship(cascade="all, delete-orphan")

    @property
    def address_count(self):
        return object_session(self).scalar(select(func.count(Address.id)).where(Address.user_id == self.id))


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
u = User(name="sandy", addresses=[Address(), Address()])
print(object_session(u))
session = Session(engine)
session.add(u)
print(object_session(u) is session)
session.commit()
print(u.address_count)
other = Session(engine)
v = other.get(User, 1)
print(object_session(v) is other, object_session(v) is session)
session.delete(u)
session.flush()
print(object_session(u) is session)
session.commit()
print(object_session(u))
try:
    object_session(5)
except Exception as e:
    print(type(e).__name__)
