# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc183/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc183/models.py
from sqlalchemy import Integer, String, Column, ForeignKey
from sqlalchemy.orm import Session, declarative_base, relationship


Base = declarative_base()


class Customers(Base):
    __tablename__ = 'lc183_customers'

    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(50))


class Orders(Base):
    __tablename__ = 'lc183_orders'

    id = Column(Integer, primary_key=True, autoincrement=True)
    customerId = Column(Integer, ForeignKey('lc183_customers.id', ondelete='CASCADE'))

    customer = relationship('Customers', backref='orders')


if __name__ == '__main__':
    Base.metadata.create_all(engine)

    with Session(engine) as session:
        c1 = Customers(name='Joe')
        c2 = Customers(name='Henry')
        c3 = Customers(name='Sam')
        c4 = Customers(name='Max')

        o1 = Orders(customerId=3)
        o2 = Orders(customerId=1)

        session.add_all([c1, c2, c3, c4, o1, o2])
        session.commit()

# --- lc183/solutions.py (the script)
from sqlalchemy import func, distinct

from sqlalchemy.orm import Session
from sqlalchemy import select



def lc183():
    session = Session(engine)

    subquery = session.query(1).filter(Customers.id == Orders.customerId)
    query = session.query(Customers.name).filter(~subquery.exists())
    print(query.all())


if __name__ == '__main__':
    lc183()
