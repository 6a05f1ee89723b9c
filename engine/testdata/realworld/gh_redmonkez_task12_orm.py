# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_12/task_12_orm.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_12 --type orm` (argparse left out)
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

from sqlalchemy import Column, Integer, ForeignKey, func, asc, desc
from sqlalchemy.orm import Session



def task_12_orm(engine, create_tables):
    class Product(Base):
        __tablename__ = "products"

        product_id = Column(Integer, primary_key=True)
        price = Column(Integer, nullable=False)

    class Sale(Base):
        __tablename__ = "sales"

        sale_id = Column(Integer, primary_key=True)
        product_id = Column(Integer,
                            ForeignKey(Product.product_id, onupdate="CASCADE", ondelete="CASCADE"), nullable=False)
        user_id = Column(Integer, nullable=False)
        quantity = Column(Integer, nullable=False)

    new_products = [
        Product(price=10),
        Product(price=25),
        Product(price=15),
    ]

    new_sales = [
        Sale(product_id=1, user_id=101, quantity=10),
        Sale(product_id=2, user_id=101, quantity=1),
        Sale(product_id=3, user_id=102, quantity=3),
        Sale(product_id=3, user_id=102, quantity=2),
        Sale(product_id=2, user_id=103, quantity=3),
    ]

    Sale.__table__.drop(engine, checkfirst=True)
    Product.__table__.drop(engine, checkfirst=True)
    create_tables()

    with Session(engine) as session:
        session.add_all(new_products)
        session.add_all(new_sales)
        session.commit()

        result = (
            session.query(
                Sale.user_id,
                func.sum(Sale.quantity * Product.price).label("spending"),
            ).join(Product)
            .group_by(Sale.user_id)
            .order_by(desc("spending"), asc(Sale.user_id))
        )

        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables_orm(engine)


task_12_orm(engine, create_tables_callback)
