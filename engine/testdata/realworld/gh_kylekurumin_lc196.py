# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc196/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc196/models.py
from sqlalchemy import Integer, String, Column
from sqlalchemy.orm import declarative_base, Session


Base = declarative_base()


class Person(Base):
    __tablename__ = 'lc196_person'

    id = Column(Integer, primary_key=True, autoincrement=True)
    email = Column(String(100))


if __name__ == '__main__':
    Base.metadata.create_all(engine)

    with Session(engine) as session:
        p1 = Person(email='john@example.com')
        p2 = Person(email='bob@example.com')
        p3 = Person(email='john@example.com')

        session.add_all([p1, p2, p3])
        session.commit()

# --- lc196/solutions.py (the script)
from sqlalchemy import func, distinct

from sqlalchemy.orm import Session, aliased
from sqlalchemy import select



def lc196():
    session = Session(engine)
    subquery = session.query(func.min(Person.id)).group_by(Person.email).subquery()
    session.query(Person).filter(Person.id.notin_(session.query(subquery))).delete(False)

    session.commit()


if __name__ == '__main__':
    lc196()
