# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc512/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc512/models.py
from datetime import date

from sqlalchemy import Date, Integer, Column
from sqlalchemy.orm import declarative_base, Session


Base = declarative_base()


class Activity(Base):
    __tablename__ = 'lc512_activity'

    player_id = Column(Integer, primary_key=True)
    device_id = Column(Integer)
    event_date = Column(Date, primary_key=True)
    games_played = Column(Integer)


if __name__ == '__main__':
    Base.metadata.create_all(engine)

    with Session(engine) as session:
        a1 = Activity(player_id=1, device_id=2, event_date=date(2016, 3, 1), games_played=5)
        a2 = Activity(player_id=1, device_id=2, event_date=date(2016, 5, 2), games_played=6)
        a3 = Activity(player_id=2, device_id=3, event_date=date(2017, 6, 25), games_played=1)
        a4 = Activity(player_id=3, device_id=1, event_date=date(2016, 3, 2), games_played=0)
        a5 = Activity(player_id=3, device_id=4, event_date=date(2018, 7, 3), games_played=5)

        session.add_all([a1, a2, a3, a4, a5])
        session.commit()

# --- lc512/solutions.py (the script)
import datetime

from sqlalchemy import func, distinct, tuple_

from sqlalchemy.orm import Session, aliased
from sqlalchemy import select



def lc512():
    session = Session(engine)

    subquery = session.query(Activity.player_id, func.min(Activity.event_date)). \
        group_by(Activity.player_id)

    query = session.query(Activity.player_id, Activity.device_id). \
        filter(tuple_(Activity.player_id, Activity.event_date).in_(subquery))

    print(query)


def lc512_v2():
    session = Session(engine)

    query = session.query(
        distinct(Activity.player_id),
        func.first_value(Activity.device_id).over(partition_by=Activity.player_id, order_by=Activity.event_date).label('device_id')
    )
    print(query.all())


if __name__ == '__main__':
    # lc512()
    lc512_v2()
