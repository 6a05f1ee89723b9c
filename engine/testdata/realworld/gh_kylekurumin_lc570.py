# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc570/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc570/models.py
from datetime import date

from sqlalchemy import String, Integer, Column, ForeignKey
from sqlalchemy.orm import declarative_base, Session, relationship, backref


Base = declarative_base()


class Employee(Base):
    __tablename__ = 'lc570_employee'

    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    department = Column(String(30))
    managerId = Column(Integer, ForeignKey('lc570_employee.id'))

    manager = relationship('Employee', backref=backref('subordinates', remote_side=[id]))


if __name__ == '__main__':
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        e1 = Employee(id=101, name='John', department='A')
        e2 = Employee(id=102, name='Dan', department='A', managerId=101)
        e3 = Employee(id=103, name='James', department='A', managerId=101)
        e4 = Employee(id=104, name='Amy', department='A', managerId=101)
        e5 = Employee(id=105, name='Anne', department='A', managerId=101)
        e6 = Employee(id=106, name='Ron', department='B', managerId=101)

        session.add_all([e1, e2, e3, e4, e5, e6])
        session.commit()

# --- lc570/solutions.py (the script)
import datetime

from sqlalchemy import func, distinct, tuple_, and_
from sqlalchemy.sql.expression import text

from sqlalchemy.orm import Session, aliased
from sqlalchemy import select



def lc570():
    session = Session(engine)

    e1 = aliased(Employee, name='e1')
    e2 = aliased(Employee, name='e2')

    query = session.query(distinct(e2.name)).\
        select_from(e1).\
        join(e2, e1.managerId == e2.id).\
        group_by(e2.id).having(func.count(e2.id) >= 5)

    print(query)


if __name__ == '__main__':
    lc570()
