from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# nullable=False on the foreign key and no delete cascade: the ORM's UPDATE ... SET fk=NULL
# fails. The IntegrityError is not caught, so the script ends with it.
class Team(Base):
    __tablename__ = "team"
    id = Column(Integer, primary_key=True)
    players = relationship("Player", backref="team")
class Player(Base):
    __tablename__ = "player"
    id = Column(Integer, primary_key=True)
    team_id = Column(Integer, ForeignKey("team.id"), nullable=False)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()
session.add(Team(players=[Player(), Player()]))
session.commit()
session.delete(session.query(Team).first())
print("about to commit")
session.commit()
print("never printed")
