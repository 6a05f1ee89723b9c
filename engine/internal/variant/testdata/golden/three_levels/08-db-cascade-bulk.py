# Three levels: a customer's orders and each order's lines, with an ORM
# cascade only on the first level.
from sqlalchemy import Column, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import declarative_base, relationship, backref

Base = declarative_base()


class Customer(Base):
    __tablename__ = "customer"
    id = Column(Integer, primary_key=True)
    email = Column(String(120), unique=True, nullable=False)
    orders = relationship("Order", backref=backref("customer"), cascade="all, delete", passive_deletes=True)


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"))
    lines = relationship("OrderLine", backref="order", passive_deletes=True)


class OrderLine(Base):
    __tablename__ = "order_line"
    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("orders.id", ondelete="CASCADE"))
    qty = Column(Integer, nullable=False)
    price = Column(Numeric(10, 2), nullable=False)


# Scenario written by cascadelab: Database cascade + bulk delete.
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def enable_foreign_keys(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


Base.metadata.create_all(engine)

with Session(engine) as session:
    for i in range(1, 3):
        customer = Customer(email=f"customer {i}")
        session.add(customer)
        for j in range(1, 4):
            order = Order()
            customer.orders.append(order)
            for k in range(1, 4):
                order_line = OrderLine(qty=((i - 1) * 3 + j - 1) * 3 + k, price=((i - 1) * 3 + j - 1) * 3 + k)
                order.lines.append(order_line)
    session.commit()

with Session(engine) as session:
    session.query(Customer).filter(Customer.id == 1).delete()
    session.commit()
