# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_12/task_12_core.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_12 --type core` (argparse left out)
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

from sqlalchemy import Table, Column, Integer, func, select, desc, asc, ForeignKey, insert



def task_12_core(engine, create_tables):
    product = Table(
        "products",
        metadata,
        Column("product_id", Integer, primary_key=True),
        Column("price", Integer, nullable=False),
    )

    sale = Table(
        "sales",
        metadata,
        Column("sale_id", Integer, primary_key=True),
        Column("product_id", Integer,
               ForeignKey(product.c.product_id, onupdate="CASCADE", ondelete="CASCADE"), nullable=False),
        Column("user_id", Integer, nullable=False),
        Column("quantity", Integer, nullable=False),
    )

    new_products = [
        {"price": 10},
        {"price": 25},
        {"price": 15},
    ]

    new_sales = [
        {"product_id": 1, "user_id": 101, "quantity": 10},
        {"product_id": 2, "user_id": 101, "quantity": 1},
        {"product_id": 3, "user_id": 102, "quantity": 3},
        {"product_id": 3, "user_id": 102, "quantity": 2},
        {"product_id": 2, "user_id": 103, "quantity": 3},
    ]

    sale.drop(engine, checkfirst=True)
    product.drop(engine, checkfirst=True)
    create_tables()

    with engine.connect() as connection:
        connection.execute(insert(product), new_products)
        connection.execute(insert(sale), new_sales)
        connection.commit()

        query = (
            select(
                sale.c.user_id,
                func.sum(sale.c.quantity * product.c.price).label("spending"),
            ).select_from(sale.join(product, sale.c.product_id == product.c.product_id))
            .group_by(sale.c.user_id)
            .order_by(desc("spending"), asc(sale.c.user_id))
        )

        result = connection.execute(query)
        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables(engine)


task_12_core(engine, create_tables_callback)
