# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_26/task_26_core.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_26 --type core` (argparse left out)
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

from sqlalchemy import Table, Column, Integer, Text, Date, ForeignKey, Numeric, select, func, insert



def task_26_core(engine, create_tables):
    user = Table(
        "users",
        metadata,
        Column("user_id", Integer, primary_key=True),
        Column("name", Text, nullable=False),
    )

    transaction = Table(
        "transactions",
        metadata,
        Column("transaction_id", Integer, primary_key=True),
        Column("transacted_on", Date, nullable=False),
        Column("amount", Numeric, nullable=False),
        Column("user_id", Integer, ForeignKey(user.c.user_id, onupdate="CASCADE", ondelete="CASCADE"), nullable=False),
    )

    new_users = [
        {"name": "Alice"},
        {"name": "Bob"},
        {"name": "Charlie"},
    ]

    new_transaction = [
        {"transacted_on": "2020-08-01", "amount": 7000, "user_id": 1},
        {"transacted_on": "2020-09-01", "amount": 7000, "user_id": 1},
        {"transacted_on": "2020-09-02", "amount": -3000, "user_id": 1},
        {"transacted_on": "2020-09-12", "amount": 1000, "user_id": 2},
        {"transacted_on": "2020-08-07", "amount": 6000, "user_id": 3},
        {"transacted_on": "2020-09-07", "amount": 6000, "user_id": 3},
        {"transacted_on": "2020-09-1", "amount": -4000, "user_id": 3},
    ]

    transaction.drop(engine, checkfirst=True)
    user.drop(engine, checkfirst=True)
    create_tables()

    with engine.connect() as connection:
        connection.execute(insert(user), new_users)
        connection.execute(insert(transaction), new_transaction)
        connection.commit()

        query = (
            select(user.c.name, func.sum(transaction.c.amount).label("amount"))
            .select_from(transaction.join(user, user.c.user_id == transaction.c.user_id))
            .group_by(user.c.name)
            .having(func.sum(transaction.c.amount) > 10000)
        )

        result = connection.execute(query)
        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables(engine)


task_26_core(engine, create_tables_callback)
