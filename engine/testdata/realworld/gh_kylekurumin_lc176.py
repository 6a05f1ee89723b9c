# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc176/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc176/models.py

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Employee(Base):
    __tablename__ = 'lc176_employee'

    id = Column(Integer, primary_key=True, autoincrement=True)
    salary = Column(Integer)


if __name__ == '__main__':
    Base.metadata.create_all(engine)

    with Session(engine) as session:
        e1 = Employee(salary=100)
        e2 = Employee(salary=200)
        e3 = Employee(salary=300)

        session.add_all([e1, e2, e3])
        session.commit()

# --- lc176/solutions.py (the script)
from sqlalchemy import func

from sqlalchemy.orm import Session
from sqlalchemy import select



def lc176():
    session = Session(engine)

    subquery = session.query(
        Employee.id.label('id'),
        Employee.salary.label('salary'),
        func.dense_rank().over(order_by=Employee.salary.desc()).label('rnk')
    ).subquery()

    query = session.query(subquery.c.id, subquery.c.salary).filter(
        subquery.c.rnk == 2
    ).one()

    print(query)


if __name__ == '__main__':
    lc176()
