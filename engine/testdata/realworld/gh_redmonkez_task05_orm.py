# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_05/task_5_orm.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_05 --type orm` (argparse left out)
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

from sqlalchemy import Column, Integer, Text, ForeignKey
from sqlalchemy.orm import Session



def task_05_orm(engine, create_tables):
    class Customer(Base):
        __tablename__ = "customers"

        customer_id = Column(Integer, primary_key=True)
        name = Column(Text, nullable=False)

    class Order(Base):
        __tablename__ = "orders"

        order_id = Column(Integer, primary_key=True)
        customer_id = Column(Integer, ForeignKey(Customer.customer_id, onupdate="CASCADE", ondelete="CASCADE"))

    new_customers = [
        Customer(name="Joe"),
        Customer(name="Henry"),
        Customer(name="Max"),
        Customer(name="Sam"),
    ]

    new_orders = [
        Order(customer_id=3),
        Order(customer_id=1),
    ]

    Order.__table__.drop(engine, checkfirst=True)
    Customer.__table__.drop(engine, checkfirst=True)
    create_tables()

    with Session(engine) as session:
        session.add_all(new_customers)
        session.add_all(new_orders)
        session.commit()

        result = (
            session.query(Customer.customer_id)
            .where(Customer.customer_id.not_in(session.query(Order.customer_id)))
        )

        print(result.all())

        result = (
            session.query(Customer.customer_id)
            .outerjoin(Order).filter(Order.customer_id == None)
            # .outerjoin(Order).filter_by(customer_id=None)
        )

        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables_orm(engine)


task_05_orm(engine, create_tables_callback)
