# Date and DateTime columns with literal values: SQLAlchemy's SQLite types send ISO strings and
# read them back as date/datetime objects; filtering on a date compares the strings.
import datetime
from sqlalchemy import Column, Integer, String, Date, DateTime, ForeignKey, create_engine
from sqlalchemy.orm import relationship, Session, declarative_base
Base = declarative_base()
class Event(Base):
    __tablename__ = "event"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    day = Column(Date)
    starts = Column(DateTime, default=datetime.datetime(2024, 1, 1, 9, 0))
    tickets = relationship("Ticket", cascade="all, delete-orphan", backref="event")
class Ticket(Base):
    __tablename__ = "ticket"
    id = Column(Integer, primary_key=True)
    event_id = Column(Integer, ForeignKey("event.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([
        Event(name="old", day=datetime.date(2023, 12, 31), tickets=[Ticket(), Ticket()]),
        Event(name="new", day=datetime.date(2024, 2, 29), starts=datetime.datetime(2024, 2, 29, 18, 30, 5)),
    ])
    s.commit()
    old = s.query(Event).filter(Event.day < datetime.date(2024, 1, 1)).one()
    print(old.name, old.day, repr(old.starts), old.day.year)
    s.delete(old)
    s.commit()
    print([(e.name, str(e.day), e.starts.isoformat()) for e in s.query(Event)], s.query(Ticket).count())
