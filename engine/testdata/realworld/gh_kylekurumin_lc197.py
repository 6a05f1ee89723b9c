# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc197/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc197/models.py
from sqlalchemy import Date, Integer, Column
from sqlalchemy.orm import Session, declarative_base


import datetime

Base = declarative_base()


class Weather(Base):
    __tablename__ = 'lc197_weather'

    id = Column(Integer, primary_key=True, autoincrement=True)
    recordDate = Column(Date)
    temperature = Column(Integer)


if __name__ == '__main__':
    Base.metadata.create_all(engine)

    with Session(engine) as session:
        w1 = Weather(recordDate=datetime.date(2015, 1, 1), temperature=10)
        w2 = Weather(recordDate=datetime.date(2015, 1, 2), temperature=25)
        w3 = Weather(recordDate=datetime.date(2015, 1, 3), temperature=20)
        w4 = Weather(recordDate=datetime.date(2015, 1, 4), temperature=30)

        session.add_all([w1, w2, w3, w4])
        session.commit()

# --- lc197/solutions.py (the script)
import datetime

from sqlalchemy import func, distinct

from sqlalchemy.orm import Session, aliased
from sqlalchemy import select



def lc197():
    session = Session(engine)

    w1 = aliased(Weather, name='w1')
    w2 = aliased(Weather, name='w2')

    query = session.query(w1.id).join(w2, func.datediff(w1.recordDate, w2.recordDate) == 1).filter(
        w1.temperature > w2.temperature)
    print(query.all())


if __name__ == '__main__':
    lc197()
