# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_01/task_1_core.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_01 --type core` (argparse left out)
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

from sqlalchemy import (
    Table, Column, Text, Integer, Numeric, Date, select, ForeignKey, insert, UniqueConstraint
)



def task_01_core(engine, create_tables):
    sales_person = Table(
        "sales_person",
        metadata,
        Column("sales_id", Integer, primary_key=True),
        Column("name", Text, nullable=False),
        Column("salary", Numeric, nullable=False),
        Column("commission_rate", Integer, nullable=False),
        Column("hire_date", Date, nullable=False),
        UniqueConstraint("name", "salary", name="udx_1"),
    )

    company = Table(
        "company",
        metadata,
        Column("company_id", Integer, primary_key=True),
        Column("name", Text, nullable=False),
        Column("city", Text, nullable=False),
    )

    order = Table(
        "orders",
        metadata,
        Column("order_id", Integer, primary_key=True),
        Column("order_date", Date, nullable=False),
        Column("amount", Numeric, nullable=False),
        Column("company_id", Integer, ForeignKey(company.c.company_id, ondelete="CASCADE", onupdate="CASCADE"),
               nullable=False),
        Column("sales_id", Integer, ForeignKey(sales_person.c.sales_id, ondelete="CASCADE", onupdate="CASCADE"),
               nullable=False),
    )

    new_sales_people = [
        {"name": "John", "salary": 100000, "commission_rate": 6, "hire_date": "2006-04-01"},
        {"name": "Amy", "salary": 12000, "commission_rate": 5, "hire_date": "2010-05-01"},
        {"name": "Mark", "salary": 65000, "commission_rate": 12, "hire_date": "2008-12-25"},
        {"name": "Pam", "salary": 25000, "commission_rate": 25, "hire_date": "2005-01-01"},
        {"name": "Alex", "salary": 5000, "commission_rate": 10, "hire_date": "2007-03-02"},
    ]

    new_companies = [
        {"name": "RED", "city": "Boston"},
        {"name": "ORANGE", "city": "New York"},
        {"name": "YELLOW", "city": "Boston"},
        {"name": "GREEN", "city": "Austin"},
    ]

    new_orders = [
        {"order_date": "2014-01-01", "company_id": 3, "sales_id": 4, "amount": 10000},
        {"order_date": "2014-01-01", "company_id": 4, "sales_id": 5, "amount": 5000},
        {"order_date": "2014-01-01", "company_id": 1, "sales_id": 1, "amount": 50000},
        {"order_date": "2014-01-01", "company_id": 1, "sales_id": 4, "amount": 25000},
    ]

    order.drop(engine, checkfirst=True)
    company.drop(engine, checkfirst=True)
    sales_person.drop(engine, checkfirst=True)
    create_tables()

    with engine.connect() as connection:
        connection.execute(insert(sales_person), new_sales_people)
        connection.execute(insert(company), new_companies)
        connection.execute(insert(order), new_orders)
        connection.commit()

        query = (
            select(sales_person.c.name)
            .where(
                sales_person.c.sales_id.not_in(
                    select(order.c.sales_id).select_from(order.join(company)).where(company.c.name == "RED")
                )
            )
        )

        result = connection.execute(query)
        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables(engine)


task_01_core(engine, create_tables_callback)
