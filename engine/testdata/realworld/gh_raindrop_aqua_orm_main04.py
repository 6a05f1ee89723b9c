# source: https://github.com/raindrop-aqua/learn-python/blob/ebc0c07e740d731de7923720db29d4bfaa93ecc9/basic/orm/SQLAlchemy/orm/main04.py
# changes: the models of create.py (same folder) inlined in place of `from create import ...`; database URL 'sqlite:///my_database.db' -> 'sqlite://' with create_all (create.py's execute() made the tables); Python 2 print statements written as print() calls
# -*- coding: utf-8 -*-

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import sessionmaker

from sqlalchemy import Column, DateTime, String, Integer, ForeignKey, func
from sqlalchemy.orm import relationship, backref
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy import create_engine

Base = declarative_base()


class Department(Base):
    __tablename__ = "department"
    id = Column(Integer, primary_key=True)
    name = String(String)


class Employee(Base):
    __tablename__ = "employee"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    hired_on = Column(DateTime, default=func.now())
    department_id = Column(Integer, ForeignKey('department.id'))
    department = relationship(Department, backref=backref('employees', uselist=True, cascade='delete,all'))



if __name__ == '__main__':
    engine = create_engine('sqlite://', echo=True)
    Base.metadata.create_all(engine)
    db_session = sessionmaker(bind=engine)
    session = db_session()

    d = Department(name='IT')
    emp1 = Employee(name='john', department=d)
    session.add(d)
    session.add(emp1)
    session.commit()
    print(session.query(Employee).all())

    for department in session.query(Department).all():
        session.delete(department)
    session.commit()
    print(session.query(Department).count())
    print(session.query(Employee).count())

