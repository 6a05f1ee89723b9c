# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_07/task_7_orm.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_07 --type orm` (argparse left out)
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

from sqlalchemy import Column, Integer, ForeignKey, Numeric, func, null

from sqlalchemy.orm import Session


def task_07_orm(engine, create_tables):
    class Visit(Base):
        __tablename__ = "visits"

        visit_id = Column(Integer, primary_key=True)
        customer_id = Column(Integer, nullable=False)

    class Transaction(Base):
        __tablename__ = "transactions"

        transaction_id = Column(Integer, primary_key=True)
        visit_id = Column(Integer, ForeignKey(Visit.visit_id, onupdate="CASCADE", ondelete="CASCADE"), nullable=False)
        amount = Column(Numeric, nullable=False)

    new_visits = [
        Visit(customer_id=23),
        Visit(customer_id=9),
        Visit(customer_id=30),
        Visit(customer_id=54),
        Visit(customer_id=96),
        Visit(customer_id=54),
        Visit(customer_id=54),
    ]

    new_transactions = [
        Transaction(transaction_id=2, visit_id=5, amount=310),
        Transaction(transaction_id=3, visit_id=5, amount=300),
        Transaction(transaction_id=9, visit_id=5, amount=200),
        Transaction(transaction_id=12, visit_id=1, amount=910),
        Transaction(transaction_id=13, visit_id=2, amount=970),
    ]

    Transaction.__table__.drop(engine, checkfirst=True)
    Visit.__table__.drop(engine, checkfirst=True)
    create_tables()

    with Session(engine) as session:
        session.add_all(new_visits)
        session.add_all(new_transactions)
        session.commit()

        result = (
            session.query(Visit.customer_id, func.count(Visit.visit_id).label("count_no_trans"))
            .outerjoin(Transaction)
            .where(Transaction.transaction_id == null())
            .group_by(Visit.customer_id)
        )

        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables_orm(engine)


task_07_orm(engine, create_tables_callback)
