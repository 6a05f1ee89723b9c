# Mapped[bytes] and LargeBinary store bytes as BLOBs and read them back as bytes; Mapped[datetime.datetime] and Mapped[datetime.date] through the datetime module.
import datetime
from sqlalchemy import LargeBinary, create_engine, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
class Base(DeclarativeBase):
    pass
class Doc(Base):
    __tablename__ = "doc"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[bytes]
    cover: Mapped[bytes] = mapped_column(LargeBinary)
    when: Mapped[datetime.datetime]
    day: Mapped[datetime.date]
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(Doc(body=b"\x00ab", cover=b"img", when=datetime.datetime(2020, 1, 2, 3, 4, 5), day=datetime.date(2021, 5, 6)))
    s.commit()
    d = s.scalars(select(Doc)).one()
    print(d.body, d.cover, d.when, d.day, type(d.body).__name__)
    print(s.execute(text("SELECT body, cover FROM doc")).all())
    print(s.execute(select(Doc.body)).scalar())
