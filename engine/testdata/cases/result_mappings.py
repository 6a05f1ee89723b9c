# Result.mappings() and Row._mapping: rows as read-only mappings of column names
from sqlalchemy import create_engine, text, select, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([User(name="spongebob"), User(name="sandy")])
    session.commit()
    for m in session.execute(select(User.id, User.name).order_by(User.id)).mappings():
        print(m["id"], m["name"], len(m), list(m), "name" in m, "x" in m, m.get("x", 7), m)
    print(session.execute(select(User.name)).mappings().all())
    print(type(session.execute(select(User.name)).mappings().first()).__name__)
    row = session.execute(select(User.id, User.name)).first()
    print(row._mapping, row._mapping["name"])
    u = session.execute(select(User)).mappings().first()
    print(u["User"].name)

with engine.connect() as conn:
    for m in conn.execute(text("SELECT id, name FROM user_account")).mappings():
        print(m["name"], m)
    print(conn.execute(text("SELECT id FROM user_account WHERE id = 2")).mappings().one_or_none())
    session = Session(engine)
    session.delete(session.get(User, 1))
    session.commit()
