# SQLite's Date and DateTime bind processors take only date objects: a
# str written to such a column fails when the flush runs (a StatementError
# wrapping their TypeError) and nothing is written; compared with the
# column, the same str keeps its own type and is sent as it is.
import datetime

from sqlalchemy import Column, Date, DateTime, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class Employee(Base):
    __tablename__ = "employee"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    hired = Column(Date)
    shifts = relationship("Shift", cascade="all, delete-orphan")


class Shift(Base):
    __tablename__ = "shift"
    id = Column(Integer, primary_key=True)
    employee_id = Column(Integer, ForeignKey("employee.id"))
    starts = Column(DateTime)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
session.add(Employee(name="a", hired=datetime.date(2020, 1, 2), shifts=[Shift(starts=datetime.datetime(2020, 1, 3, 8, 0))]))
session.commit()
print(session.scalars(select(Employee.name).where(Employee.hired > "2019-12-31")).all())
try:
    session.add(Employee(name="b", hired="2021-05-06"))
    session.commit()
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
    session.rollback()
session.delete(session.get(Employee, 1))
session.commit()
session.add(Shift(starts="2021-05-06 08:00:00"))
session.commit()
