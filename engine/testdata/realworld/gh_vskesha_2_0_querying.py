# source: https://github.com/Vskesha/GoIT_WEB_exs/blob/11bd09f2d46b1e1ef2d4b8a252e73f5b0cbd4ca9/course/module7/conspect/lesson1/sqlalchemy_2_0/querying.py
# changes: sqlalchemy_2_0/model_definition.py (same folder) inlined in place of `from model_definition import ...` (its __main__ block, which fills the database, runs first), its database file 'sqlite:///test_sqlalchemy_2_0.db' made 'sqlite://'
from sqlalchemy import (
    create_engine,
    Integer,
    String,
    ForeignKey,
    select,
    Text,
    and_,
    desc,
    func,
)
from sqlalchemy.orm import (
    declarative_base,
    sessionmaker,
    relationship,
    Mapped,
    mapped_column,
)

engine = create_engine("sqlite://")
DBSession = sessionmaker(bind=engine)
session = DBSession()

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    fullname: Mapped[str] = mapped_column(String)


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(150), nullable=False, index=True)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    user_id: Mapped[int] = mapped_column("user_id", Integer, ForeignKey("users.id"))
    user: Mapped["User"] = relationship("User")


Base.metadata.create_all(engine)


if __name__ == "__main__":
    names = ["Crystal Najera", "Shaun Beck", "Kathrin Reinhardt"]
    for name in names:
        user = User(fullname=name)
        session.add(user)
    session.commit()

from sqlalchemy.sql import select


if __name__ == "__main__":
    stmt = select(User)
    print(stmt)
    result = session.execute(stmt)
    for user in result.scalars():
        print(user.id, user.fullname)

    print("----------------------------------")

    stmt = select(User.id, User.fullname)
    print(stmt)
    result = session.execute(stmt)
    users = []
    for row in result:
        print(row)
        users.append(row)
