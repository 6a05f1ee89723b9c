# Query.union()/union_all() of queries of entities: the entities read from the compound as anon_1, the queries keeping
# their <table>_<column> labels; aliased(Class, subquery) whose columns are labeled reads them through their labels
from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    addresses: Mapped[list["Address"]] = relationship(back_populates="user")

    def __repr__(self):
        return f"User({self.name})"


class Address(Base):
    __tablename__ = "addresses"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    email: Mapped[str]
    user: Mapped[User | None] = relationship(back_populates="addresses")

    def __repr__(self):
        return f"Address({self.email})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([User(name="u1", addresses=[Address(email="a1")]), User(name="u2"), Address(email="a2")])
    session.commit()
    q = session.query(User).filter(User.name == "u1").union(session.query(User).filter(User.name == "u2"))
    print(sorted(q.all(), key=repr))
    left = session.query(User, Address).outerjoin(Address)
    right = session.query(User, Address).outerjoin(User)
    print(sorted(left.union(right).all(), key=repr))
    subq = select(User.id.label("uid"), User.name.label("nm")).where(User.name != "u2").subquery()
    ua = aliased(User, subq)
    print(select(ua))
    print(session.scalars(select(ua)).all())
