from typing import List, Optional

from sqlmodel import Field, Relationship, Session, SQLModel, create_engine, select


class Team(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    heroes: List["Hero"] = Relationship(back_populates="team")
    captain: "Captain" = Relationship(back_populates="team")


class Hero(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    team_id: Optional[int] = Field(default=None, foreign_key="team.id")
    team: "Team" = Relationship(back_populates="heroes")


class Captain(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: Optional[int] = Field(default=None, foreign_key="team.id")
    team: "Team" = Relationship(back_populates="captain")


engine = create_engine("sqlite://")
SQLModel.metadata.create_all(engine)
with Session(engine) as session:
    t = Team(name="Z")
    Hero(name="a", team=t)
    Hero(name="b", team=t)
    Captain(team=t)
    session.add(t)
    session.commit()
    print(t.captain.id, t.heroes[0].team is t)

with Session(engine) as session:
    h = session.exec(select(Hero).where(Hero.name == "b")).one()
    print(h.team.name, [x.name for x in h.team.heroes], h.team.captain.id)
    session.delete(h.team.captain)
    session.commit()
    t = session.get(Team, 1)
    print(t.captain)
    session.delete(t)
    session.commit()
    print([(x.name, x.team_id) for x in session.exec(select(Hero)).all()])
