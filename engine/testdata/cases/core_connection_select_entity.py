# select(Class) executed on a Connection: the rows of its table columns (a CursorResult), each through its type; the table orders an only-annotated column (fullname: Mapped[...]) after the annotated name before it, as declarative merges vars() with __annotations__
from typing import Optional
from sqlalchemy import create_engine, select, VARCHAR, Column, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
class Base(DeclarativeBase): pass
class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name = Column(VARCHAR(45))
    fullname: Mapped[Optional[str]]
    active: Mapped[bool] = mapped_column(default=True)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([User(name="a", fullname="A"), User(name="b", active=False)])
    s.commit()
with engine.connect() as conn:
    r = conn.execute(select(User).where(User.name != "x").order_by(User.id))
    print(type(r).__name__)
    rows = r.all()
    print(rows)
    print(rows[0].name, rows[1]._mapping["active"], rows[0]._fields)
    print(conn.execute(select(User).where(User.id == 2)).first())
