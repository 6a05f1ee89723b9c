# the same through a Session and an ORM insert()
from sqlalchemy import create_engine, Column, Integer, String, insert
from sqlalchemy.orm import declarative_base, Session
B = declarative_base()
class U(B):
    __tablename__ = "u"
    id = Column(Integer, primary_key=True)
    name = Column(String)
e = create_engine("sqlite://")
B.metadata.create_all(e)
s = Session(e)
for p in [{"name": "x", "bogus": 1}, [{"name": "y", "bogus": 1}, {"name": "z", "bogus": 2}]]:
    try:
        s.execute(insert(U), p)
        print("ok")
    except Exception as err:
        print(type(err).__name__, err)
with e.begin() as c:
    c.execute(insert(U), {"name": "w", "bogus": 1})
print(s.query(U.name).all())
