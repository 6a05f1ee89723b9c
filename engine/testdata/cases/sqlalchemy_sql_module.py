# sqlalchemy.sql re-exports the expression constructs: text, select, func, and_/or_, delete
import sqlalchemy
from sqlalchemy.sql import text, select, func, and_, delete
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    n: Mapped[int]


engine = sqlalchemy.create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([Item(n=1), Item(n=2), Item(n=3)])
    s.commit()
    print(s.scalar(select(func.count(Item.id)).where(and_(Item.n > 1, Item.n < 9))))
    print(s.execute(text("SELECT n FROM item ORDER BY n")).all(), sqlalchemy.sql.select is select)
    s.execute(delete(Item).where(Item.n == 2))
    s.commit()
