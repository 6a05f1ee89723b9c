from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# echo=True does not change what is executed (the trace leaves the log out); the script ends
# with an uncaught NoResultFound from .one().
class Pet(Base):
    __tablename__ = "pet"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
s.add(Pet(name="rex"))
s.commit()
print("found", s.query(Pet).filter(Pet.name == "rex").one().id)
s.query(Pet).filter(Pet.name == "tom").one()
