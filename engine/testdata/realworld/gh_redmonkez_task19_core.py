# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_19/task_19_core.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_19 --type core` (argparse left out)
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

from sqlalchemy import Table, Column, Integer, Text, ForeignKey, select, func, insert



def task_19_core(engine, create_tables):
    product = Table(
        "products",
        metadata,
        Column("product_id", Integer, primary_key=True),
        Column("product_name", Text, nullable=False),
    )

    sale = Table(
        "sales",
        metadata,
        Column("sale_id", Integer, nullable=False, primary_key=True),
        Column("product_id", Integer, ForeignKey(product.c.product_id, ondelete="CASCADE", onupdate="CASCADE"),
               nullable=False),
        Column("year", Integer, nullable=False, primary_key=True),
        Column("quantity", Integer, nullable=False),
        Column("price", Integer, nullable=False),
    )

    new_products = [
        {"product_id": 100, "product_name": "Nokia"},
        {"product_id": 200, "product_name": "Apple"},
        {"product_id": 300, "product_name": "Samsung"},
    ]

    new_sales = [
        {"sale_id": 1, "product_id": 100, "year": 2008, "quantity": 10, "price": 5000},
        {"sale_id": 2, "product_id": 100, "year": 2009, "quantity": 12, "price": 5000},
        {"sale_id": 7, "product_id": 200, "year": 2011, "quantity": 15, "price": 9000},
    ]

    sale.drop(engine, checkfirst=True)
    product.drop(engine, checkfirst=True)
    create_tables()

    with engine.connect() as connection:
        connection.execute(insert(product), new_products)
        connection.execute(insert(sale), new_sales)
        connection.commit()

        query = (
            select(sale.c.product_id, func.sum(sale.c.quantity).label("total_quantity"))
            .group_by(sale.c.product_id)
        )

        result = connection.execute(query)
        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables(engine)


task_19_core(engine, create_tables_callback)
