# sqlalchemy.join() / Table.join() / outerjoin() given to select_from(): ON clause given or found from the foreign key, chained, .c keys
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, create_engine, join, outerjoin, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

metadata = MetaData()
user = Table("user_account", metadata, Column("id", Integer, primary_key=True), Column("name", String))
address = Table("address", metadata, Column("id", Integer, primary_key=True), Column("user_id", ForeignKey("user_account.id")), Column("email", String))
note = Table("note", metadata, Column("id", Integer, primary_key=True), Column("address_id", ForeignKey("address.id")), Column("text", String))


class Base(DeclarativeBase):
    metadata = metadata


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    label: Mapped[str]


engine = create_engine("sqlite://")
metadata.create_all(engine)
with engine.begin() as conn:
    conn.execute(user.insert(), [{"name": "sandy"}, {"name": "pat"}])
    conn.execute(address.insert(), [{"user_id": 1, "email": "s@x"}, {"user_id": 1, "email": "s@y"}])
    conn.execute(note.insert(), [{"address_id": 2, "text": "hi"}])
    j = address.join(user, user.c.id == address.c.user_id)
    stmt = select(address).select_from(user).select_from(j).where(user.c.name == "sandy").order_by(address.c.id)
    print(stmt)
    print(conn.execute(stmt).all())
    j2 = join(user, address).outerjoin(note)
    print(select(user.c.name, note.c.text).select_from(j2).order_by(address.c.id))
    print(conn.execute(select(user.c.name, note.c.text).select_from(j2).order_by(address.c.id)).all())
    print(sorted(j2.c.keys()), j2.c.note_text)
    print(conn.execute(select(user.c.name).select_from(outerjoin(user, address)).where(address.c.id == None)).all())
with Session(engine) as session:
    session.add(Tag(user_id=2, label="t"))
    session.flush()
    print(session.execute(select(Tag.label, user.c.name).select_from(join(Tag, user))).all())
