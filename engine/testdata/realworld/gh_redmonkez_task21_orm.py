# source: https://github.com/redmonkez12/sqlalchemy-practice/blob/53bc5c26b3103adb4bc881dfbf8fffa698439b7a/task_21/task_21_orm.py
# changes: the repository's db.py inlined in place of `from db import ...`, its db_connect() (a PostgreSQL URL read from .env with dotenv) made create_engine("sqlite://", echo=True); the last lines do what main.py's run() does for `--task task_21 --type orm` (argparse left out)
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

from sqlalchemy import Column, Integer, Text, ForeignKey, func, Numeric, case, Date, and_
from sqlalchemy.orm import Session



def task_21_orm(engine, create_tables):
    class Product(Base):
        __tablename__ = "products"

        product_id = Column(Integer, primary_key=True)
        product_name = Column(Text, nullable=False)
        unit_price = Column(Numeric, nullable=False)

    class Sale(Base):
        __tablename__ = "sales"

        sales_id = Column(Integer, primary_key=True)
        seller_id = Column(Integer, nullable=False)
        product_id = Column(Integer, ForeignKey(Product.product_id, ondelete="CASCADE", onupdate="CASCADE"),
                            nullable=False)
        buyer_id = Column(Integer, nullable=False)
        sale_date = Column(Date, nullable=False)
        quantity = Column(Integer, nullable=False)
        price = Column(Numeric, nullable=False)

    new_products = [
        Product(product_name="S8", unit_price=1000),
        Product(product_name="G4", unit_price=800),
        Product(product_name="iPhone", unit_price=1400),
    ]

    new_sales = [
        Sale(seller_id=1, product_id=1, buyer_id=1, sale_date="2019-01-21", quantity=2, price=2000),
        Sale(seller_id=1, product_id=2, buyer_id=2, sale_date="2019-02-17", quantity=2, price=800),
        Sale(seller_id=2, product_id=1, buyer_id=3, sale_date="2019-06-02", quantity=2, price=800),
        Sale(seller_id=3, product_id=3, buyer_id=3, sale_date="2019-05-13", quantity=2, price=2000),
    ]

    Sale.__table__.drop(engine, checkfirst=True)
    Product.__table__.drop(engine, checkfirst=True)
    create_tables()

    with Session(engine) as session:
        session.add_all(new_products)
        session.add_all(new_sales)
        session.commit()

        result = (
            session.query(Sale.buyer_id)
            .join(Product, Sale.product_id == Product.product_id)
            .group_by(Sale.buyer_id)
            .having(and_(
                func.sum(case((Product.product_name == "S8", 1), else_=0)) > 0,
                func.sum(case((Product.product_name == "iPhone", 1), else_=0)) == 0
            )
            )
        )

        print(result.all())


engine = db_connect()


def create_tables_callback():
    create_tables_orm(engine)


task_21_orm(engine, create_tables_callback)
