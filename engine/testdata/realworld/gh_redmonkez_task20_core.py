# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_20/task_20_core.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_20 --type core` (argparse left out)
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

from sqlalchemy import Table, Column, Integer, Text, ForeignKey, func, select, insert



def task_20_core(engine, create_tables):
    employee = Table(
        "employees",
        metadata,
        Column("employee_id", Integer, primary_key=True),
        Column("name", Text, nullable=False),
        Column("experience_years", Integer, nullable=False),
    )

    project = Table(
        "projects",
        metadata,
        Column("project_id", Integer, primary_key=True),
        Column("employee_id", Integer, ForeignKey(employee.c.employee_id, ondelete="CASCADE", onupdate="CASCADE"),
               primary_key=True),
    )

    new_employees = [
        {"name": "Khaled", "experience_years": 3},
        {"name": "Ali", "experience_years": 2},
        {"name": "John", "experience_years": 1},
        {"name": "Doe", "experience_years": 2},
    ]

    new_projects = [
        {"project_id": 1, "employee_id": 1},
        {"project_id": 1, "employee_id": 2},
        {"project_id": 1, "employee_id": 3},
        {"project_id": 2, "employee_id": 1},
        {"project_id": 2, "employee_id": 4},
    ]

    project.drop(engine, checkfirst=True)
    employee.drop(engine, checkfirst=True)
    create_tables()

    with engine.connect() as connection:
        connection.execute(insert(employee), new_employees)
        connection.execute(insert(project), new_projects)
        connection.commit()

        query = (
            select(
                project.c.project_id,
                func.round(func.avg(employee.c.experience_years), 2).label("average_years"),
            ).select_from(project.outerjoin(employee, project.c.employee_id == employee.c.employee_id))
            .group_by(project.c.project_id)
        )

        result = connection.execute(query)
        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables(engine)


task_20_core(engine, create_tables_callback)
