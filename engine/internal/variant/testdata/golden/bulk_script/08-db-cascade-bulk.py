from sqlalchemy import event as _cascadelab_event
from sqlalchemy.engine import Engine as _CascadelabEngine


@_cascadelab_event.listens_for(_CascadelabEngine, "connect")
def _cascadelab_foreign_keys(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


# A whole 2.0-style script that deletes with a bulk query: its variants turn the bulk
# delete into loading and session.delete() where the cascade needs it.
from typing import List, Optional

from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    players: Mapped[List["Player"]] = relationship(back_populates="team", cascade="all, delete-orphan", passive_deletes=True)


class Player(Base):
    __tablename__ = "player"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    team: Mapped[Optional[Team]] = relationship(back_populates="players")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    session.add_all([
        Team(name="red", players=[Player(name="ann"), Player(name="bob")]),
        Team(name="blue", players=[Player(name="cy")]),
    ])
    session.commit()

with Session(engine) as session:
    session.query(Team).filter(Team.name == "red").delete()
    session.commit()
    print(session.scalars(select(Player.name).order_by(Player.id)).all())
