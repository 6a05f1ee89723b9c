# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_25/task_25_core.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_25 --type core` (argparse left out)
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

from sqlalchemy import Table, Column, Integer, Text, Numeric, ForeignKey, select, null, or_, insert



def task_25_core(engine, create_tables):
    employee = Table(
        "employee",
        metadata,
        Column("employee_id", Integer, primary_key=True),
        Column("name", Text, nullable=False),
        Column("supervisor", Integer, nullable=True),
        Column("salary", Numeric, nullable=False),
    )

    bonus = Table(
        "bonus",
        metadata,
        Column("bonus_id", Integer, primary_key=True),
        Column("employee_id", Integer, ForeignKey(employee.c.employee_id, ondelete="CASCADE", onupdate="CASCADE"),
               nullable=False),
        Column("bonus", Numeric, nullable=True),
    )

    new_employees = [
        {"employee_id": 3, "name": "Brad", "supervisor": None, "salary": 4000},
        {"employee_id": 1, "name": "John", "supervisor": 3, "salary": 1000},
        {"employee_id": 2, "name": "Dan", "supervisor": 3, "salary": 2000},
        {"employee_id": 4, "name": "Thomas", "supervisor": 3, "salary": 4000},
    ]

    new_bonus = [
        {"employee_id": 2, "bonus": 500},
        {"employee_id": 4, "bonus": 2000},
    ]

    bonus.drop(engine, checkfirst=True)
    employee.drop(engine, checkfirst=True)
    create_tables()

    with engine.connect() as connection:
        connection.execute(insert(employee), new_employees)
        connection.execute(insert(bonus), new_bonus)
        connection.commit()

        query = (
            select(employee.c.name, bonus.c.bonus)
            .select_from(employee.outerjoin(bonus, bonus.c.employee_id == employee.c.employee_id))
            .where(or_(bonus.c.bonus < 1000, bonus.c.bonus == null()))
        )

        result = connection.execute(query)
        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables(engine)


task_25_core(engine, create_tables_callback)
