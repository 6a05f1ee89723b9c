# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc180/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc180/models.py
from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base, Session


Base = declarative_base()


class Logs(Base):
    __tablename__ = 'lc180_logs'

    id = Column(Integer, primary_key=True, autoincrement=True)
    num = Column(Integer, nullable=False)


if __name__ == '__main__':
    Base.metadata.create_all(engine)

    with Session(engine) as session:
        l1 = Logs(num=1)
        l2 = Logs(num=1)
        l3 = Logs(num=1)
        l4 = Logs(num=2)
        l5 = Logs(num=1)
        l6 = Logs(num=2)
        l7 = Logs(num=2)

        session.add_all([l1, l2, l3, l4, l5, l6, l7])
        session.commit()

# --- lc180/solutions.py (the script)
from sqlalchemy import func, distinct

from sqlalchemy.orm import Session
from sqlalchemy import select



def lc180():
    session = Session(engine)
    subquery = session.query(
        func.lag(Logs.num).over().label('prev'),
        Logs.num.label('current'),
        func.lead(Logs.num).over().label('post')
    ).subquery()

    query = session.query(distinct(subquery.c.current)).filter(subquery.c.prev == subquery.c.current,
                                                               subquery.c.current == subquery.c.post).all()

    print(query)


if __name__ == '__main__':
    lc180()
