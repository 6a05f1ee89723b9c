# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc185/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc185/models.py
from sqlalchemy import Integer, String, Column, ForeignKey
from sqlalchemy.orm import Session, declarative_base, relationship


Base = declarative_base()


class Employee(Base):
    __tablename__ = 'lc185_employee'

    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(40))
    salary = Column(Integer, nullable=False)
    departmentId = Column(Integer, ForeignKey('lc185_department.id', ondelete='SET NULL'), nullable=True)

    department = relationship('Department', backref='employees')


class Department(Base):
    __tablename__ = 'lc185_department'

    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(40))


if __name__ == '__main__':
    Base.metadata.create_all(engine)

    with Session(engine) as session:
        d1 = Department(name='IT')
        d2 = Department(name='Sales')

        e1 = Employee(name='Joe', salary=85000, departmentId=1)
        e2 = Employee(name='Henry', salary=80000, departmentId=2)
        e3 = Employee(name='Sam', salary=60000, departmentId=2)
        e4 = Employee(name='Max', salary=90000, departmentId=1)
        e5 = Employee(name='Janet', salary=69000, departmentId=1)
        e6 = Employee(name='Randy', salary=85000, departmentId=1)
        e7 = Employee(name='Will', salary=70000, departmentId=1)

        session.add_all([d1, d2, e1, e2, e3, e4, e5, e6, e7])
        session.commit()

# --- lc185/solutions.py (the script)
from sqlalchemy import func, distinct

from sqlalchemy.orm import Session
from sqlalchemy import select



def lc185():
    session = Session(engine)

    subquery = session.query(
        Department.name.label('department'),
        Employee.name.label('employee'),
        Employee.salary.label('salary'),
        func.dense_rank().over(order_by=Employee.salary.desc(), partition_by=Employee.departmentId).label('rnk')
    ).join(Employee.department).subquery()

    query = session.query(
        subquery.c.department,
        subquery.c.employee,
        subquery.c.salary
    ).filter(subquery.c.rnk <= 3).all()

    print(query)


if __name__ == '__main__':
    lc185()
