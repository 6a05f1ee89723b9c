# from __future__ import annotations: annotations stay strings; the declarative scan evaluates them (a class defined later as a forward reference), in mixins too
from __future__ import annotations

import datetime
from typing import Optional, List

from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Stamp:
    made: Mapped[Optional[datetime.date]] = mapped_column(default=None)


class User(Stamp, Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None]
    nick: Mapped[Optional[str]] = mapped_column(String(10))
    tasks: Mapped[list[Task]] = relationship(back_populates="user", cascade="all, delete-orphan")
    notes: Mapped[List["Note"]] = relationship()

    def first(self) -> Task:
        return self.tasks[0]


class Task(Base):
    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    user: Mapped[User] = relationship(back_populates="tasks")


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("user_account.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    u = User(name="u", tasks=[Task(), Task()], notes=[Note()], made=datetime.date(2020, 1, 2))
    s.add(u)
    s.commit()
    print(u.first().id, u.made, [t.user is u for t in u.tasks])
    s.delete(u)
    s.commit()
