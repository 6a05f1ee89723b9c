# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_07/task_7_core.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_07 --type core` (argparse left out)
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

from sqlalchemy import Table, Column, Integer, Numeric, ForeignKey, select, func, null, insert



def task_07_core(engine, create_tables):
    visits = Table(
        "visits",
        metadata,
        Column("visit_id", Integer, primary_key=True),
        Column("customer_id", Integer, nullable=False),
    )

    transactions = Table(
        "transactions",
        metadata,
        Column("transaction_id", Integer, primary_key=True),
        Column("visit_id", Integer, ForeignKey(visits.c.visit_id, ondelete="CASCADE", onupdate="CASCADE"),
               nullable=False),
        Column("amount", Numeric, nullable=False),
    )

    new_visits = [
        {"customer_id": 23},
        {"customer_id": 9},
        {"customer_id": 30},
        {"customer_id": 54},
        {"customer_id": 96},
        {"customer_id": 54},
        {"customer_id": 54},
    ]

    new_transactions = [
        {"transactions_id": 2, "visit_id": 5, "amount": 310},
        {"transactions_id": 3, "visit_id": 5, "amount": 300},
        {"transactions_id": 9, "visit_id": 5, "amount": 200},
        {"transactions_id": 12, "visit_id": 1, "amount": 910},
        {"transactions_id": 13, "visit_id": 2, "amount": 970},
    ]

    transactions.drop(engine, checkfirst=True)
    visits.drop(engine, checkfirst=True)
    create_tables()

    with engine.connect() as connection:
        connection.execute(insert(visits), new_visits)
        connection.execute(insert(transactions), new_transactions)
        connection.commit()

        query = (
            select(visits.c.customer_id, func.count(visits.c.visit_id).label("count_no_trans"))
            .select_from(visits.outerjoin(transactions))
            .where(transactions.c.transaction_id == null())
            .group_by(visits.c.customer_id)
        )
        result = connection.execute(query)
        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables(engine)


task_07_core(engine, create_tables_callback)
