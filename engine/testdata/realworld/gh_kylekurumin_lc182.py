# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc182/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc182/models.py
from sqlalchemy import Integer, String, Column
from sqlalchemy.orm import declarative_base, Session


Base = declarative_base()


class Person(Base):
    __tablename__ = 'lc182_person'

    id = Column(Integer, primary_key=True, autoincrement=True)
    email = Column(String(50), nullable=False)


if __name__ == '__main__':
    Base.metadata.create_all(engine)

    with Session(engine) as session:
        p1 = Person(email="a@b.com")
        p2 = Person(email="c@d.com")
        p3 = Person(email="a@b.com")

        session.add_all([p1, p2, p3])
        session.commit()

# --- lc182/solutions.py (the script)
from sqlalchemy import func, distinct

from sqlalchemy.orm import Session
from sqlalchemy import select



def lc182():
    session = Session(engine)

    query = session.query(Person.email).group_by(Person.email).having(func.count() > 1).all()
    print(query)


if __name__ == '__main__':
    lc182()
