# Session.execute(), scalars() and scalar() take the statement and params by keyword too
from sqlalchemy import create_engine, text, select, Column, Integer
from sqlalchemy.orm import Session, declarative_base
B = declarative_base()
class A(B):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
e = create_engine("sqlite://")
B.metadata.create_all(e)
with Session(e) as s:
    s.add_all([A(id=1), A(id=2)])
    s.commit()
    print(s.execute(statement=text("SELECT id FROM a WHERE id > :x"), params={"x": 1}).all())
    print(s.execute(text("SELECT id FROM a WHERE id > :x"), params=[{"x": 0}]).all())
    print(s.scalars(statement=select(A.id)).all(), s.scalar(statement=select(A.id).where(A.id == 2)))
    try:
        s.execute()
    except TypeError as err:
        print(err)
