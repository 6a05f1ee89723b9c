# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_20/task_20_orm.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_20 --type orm` (argparse left out)
from sqlalchemy import create_engine, MetaData
from sqlalchemy.ext.declarative import declarative_base

metadata = MetaData()
Base = declarative_base()


def db_connect():
    return create_engine("sqlite://", echo=True)


def create_tables(engine):
    metadata.create_all(engine, checkfirst=True)


def create_tables_orm(engine):
    Base.metadata.create_all(engine, checkfirst=True)

from sqlalchemy import Column, Integer, Text, ForeignKey, func
from sqlalchemy.orm import Session



def task_20_orm(engine, create_tables):
    class Employee(Base):
        __tablename__ = "employees"

        employee_id = Column(Integer, primary_key=True)
        name = Column(Text, nullable=False)
        experience_years = Column(Integer, nullable=False)

    class Project(Base):
        __tablename__ = "projects"

        project_id = Column(Integer, primary_key=True)
        employee_id = Column(Integer, ForeignKey(Employee.employee_id, ondelete="CASCADE", onupdate="CASCADE"),
                             primary_key=True)

    new_employees = [
        Employee(name="Khaled", experience_years=3),
        Employee(name="Ali", experience_years=2),
        Employee(name="John", experience_years=1),
        Employee(name="Doe", experience_years=2),
    ]

    new_projects = [
        Project(project_id=1, employee_id=1),
        Project(project_id=1, employee_id=2),
        Project(project_id=1, employee_id=3),
        Project(project_id=2, employee_id=1),
        Project(project_id=2, employee_id=4),
    ]

    Project.__table__.drop(engine, checkfirst=True)
    Employee.__table__.drop(engine, checkfirst=True)
    create_tables()

    with Session(engine) as session:
        session.add_all(new_employees)
        session.add_all(new_projects)
        session.commit()

        result = (
            session.query(
                Project.project_id,
                func.round(func.avg(Employee.experience_years), 2).label("average_years"),
            ).outerjoin(Employee, Project.employee_id == Employee.employee_id)
            .group_by(Project.project_id)
        )

        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables_orm(engine)


task_20_orm(engine, create_tables_callback)
