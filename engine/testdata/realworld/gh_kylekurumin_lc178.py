# source: https://github.com/KyleKurumin/sqlalchemy-practice/blob/b9cbbe25ffefc4f3fb8348d97dd6ee0879f2933e/lc178/solutions.py
# changes: MySQL server URL made 'sqlite://'; connection.py and the problem's models.py (which fills its tables under __main__) run first in this file, their sibling imports dropped
# --- connection.py
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# --- lc178/models.py
from sqlalchemy.orm import declarative_base, Session
from sqlalchemy import Numeric, Integer, Column

Base = declarative_base()


class Scores(Base):
    __tablename__ = 'lc178_scores'

    id = Column(Integer, primary_key=True, autoincrement=True)
    score = Column(Numeric(5, 2))


if __name__ == '__main__':
    Base.metadata.create_all(engine)

    with Session(engine) as session:
        s1 = Scores(score=3.5)
        s2 = Scores(score=3.65)
        s3 = Scores(score=4.)
        s4 = Scores(score=3.85)
        s5 = Scores(score=4.)
        s6 = Scores(score=3.65)

        session.add_all([s1, s2, s3, s4, s5, s6])
        session.commit()

# --- lc178/solutions.py (the script)
from sqlalchemy import func

from sqlalchemy.orm import Session
from sqlalchemy import select



def lc178():
    session = Session(engine)

    query = session.query(
        Scores.score.label('score'),
        func.dense_rank().over(
            order_by=Scores.score.desc()
        )
    ).all()

    print(query)


if __name__ == '__main__':
    lc178()
