# select() of text() and literal_column(), order_by(text()): SQL as written, keys as 2.0 names them
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, literal_column, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

metadata = MetaData()
user_table = Table("user_account", metadata, Column("id", Integer, primary_key=True), Column("name", String(30)))


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


engine = create_engine("sqlite://")
metadata.create_all(engine)
Base.metadata.create_all(engine)
with engine.begin() as conn:
    conn.execute(user_table.insert(), [{"name": "spongebob"}, {"name": "patrick"}])
stmt = select(text("'some phrase'"), user_table.c.name).order_by(user_table.c.name)
print(stmt)
with engine.connect() as conn:
    rows = conn.execute(stmt).all()
    print(rows, rows[0]._fields, rows[0]._mapping["'some phrase'"])
    for row in conn.execute(select(literal_column("'x'").label("p"), literal_column("5"), user_table.c.name).order_by(text("name DESC"))):
        print(f"{row.p}, {row.name}", row._fields)
with Session(engine) as session:
    session.add_all([Item(name="a"), Item(name="b")])
    session.commit()
    r = session.execute(select(text("'t'"), Item.name, literal_column("3").label("x"), literal_column("4")).order_by(Item.id)).all()
    print(r, r[0]._fields)
    print(session.execute(select(Item, text("'p'")).order_by(text("id DESC"))).all()[0][1])
    print(session.scalars(select(text("'only'"))).all())
    print(session.execute(select(literal_column("2") + 3)).all(), select(literal_column("2") + 3))
    print(session.query(Item.name, text("'z'")).order_by(text("item.id")).all())
    print([i.name for i in session.query(Item).filter(text("id < 3")).order_by(text("id desc"))])
