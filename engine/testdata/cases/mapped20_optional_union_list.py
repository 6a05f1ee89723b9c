# 2.0 declarative: Mapped[int | None], Optional, list["C"] and List["C"], defaults, back_populates.
from typing import List, Optional
from sqlalchemy import ForeignKey, String, create_engine, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
class Base(DeclarativeBase):
    pass
class Shelf(Base):
    __tablename__ = "shelf"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(20), unique=True)
    books: Mapped[list["Book"]] = relationship(back_populates="shelf", cascade="all, delete-orphan")
    notes: Mapped[List["Note"]] = relationship(back_populates="shelf")
class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    pages: Mapped[int | None]
    shelf_id: Mapped[Optional[int]] = mapped_column(ForeignKey("shelf.id"))
    shelf: Mapped[Optional["Shelf"]] = relationship(back_populates="books")
class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(default="")
    shelf_id: Mapped[Optional[int]] = mapped_column(ForeignKey("shelf.id"))
    shelf: Mapped[Optional[Shelf]] = relationship(back_populates="notes")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    sh = Shelf(label="top", books=[Book(title="a", pages=10), Book(title="b")], notes=[Note(), Note(text="hi")])
    s.add(sh)
    s.commit()
    s.delete(sh)
    s.commit()
    print(s.scalar(select(func.count()).select_from(Book)), s.scalars(select(Note.shelf_id)).all())
