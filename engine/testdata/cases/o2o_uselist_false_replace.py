from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# One-to-one (uselist=False) with delete-orphan: replacing the passport orphans the old one,
# so the flush INSERTs the new row before it DELETEs the old one.
class Person(Base):
    __tablename__ = "person"
    id = Column(Integer, primary_key=True)
    passport = relationship("Passport", uselist=False, back_populates="person", cascade="all, delete-orphan")
class Passport(Base):
    __tablename__ = "passport"
    id = Column(Integer, primary_key=True)
    number = Column(String(10))
    person_id = Column(Integer, ForeignKey("person.id"))
    person = relationship("Person", back_populates="passport")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
p = Person(passport=Passport(number="X1"))
s.add(p)
s.commit()
p.passport = Passport(number="X2")
s.commit()
print([(x.id, x.number, x.person_id) for x in s.query(Passport)])
s.delete(p)
s.commit()
print("passports:", s.query(Passport).count())
