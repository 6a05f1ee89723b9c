from sqlmodel import Field, Relationship, SQLModel


class Team(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)

    heroes: list["Hero"] = Relationship(back_populates="team", passive_deletes=True)


class Hero(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)

    team_id: int | None = Field(default=None, foreign_key="team.id", ondelete="CASCADE")
    team: Team | None = Relationship(back_populates="heroes")


# Scenario written by cascadelab: Database cascade, foreign keys not enforced.
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
Team.metadata.create_all(engine)

with Session(engine) as session:
    for i in range(1, 3):
        team = Team(name=f"team {i}")
        session.add(team)
        for j in range(1, 4):
            hero = Hero(name=f"hero {i}.{j}")
            team.heroes.append(hero)
    session.commit()

with Session(engine) as session:
    team = session.get(Team, 1)
    session.delete(team)
    session.commit()
