from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, event
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# Three levels where only the lowest relationship is passive with ON DELETE CASCADE and the
# PRAGMA on: the ORM loads and deletes the middle level itself; SQLite removes the leaves.
class Country(Base):
    __tablename__ = "country"
    id = Column(Integer, primary_key=True)
    states = relationship("State", cascade="all, delete")
class State(Base):
    __tablename__ = "state"
    id = Column(Integer, primary_key=True)
    country_id = Column(Integer, ForeignKey("country.id"))
    towns = relationship("Town", cascade="all, delete", passive_deletes=True)
class Town(Base):
    __tablename__ = "town"
    id = Column(Integer, primary_key=True)
    state_id = Column(Integer, ForeignKey("state.id", ondelete="CASCADE"))
engine = create_engine("sqlite://")
@event.listens_for(engine, "connect")
def fk_on(dbapi_connection, record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
s.add(Country(states=[State(towns=[Town(), Town()]), State(towns=[Town()])]))
s.add(Country(states=[State(towns=[Town()])]))
s.commit()
s.delete(s.get(Country, 1))
s.commit()
print(s.query(State).count(), [t.state_id for t in s.query(Town)])
