from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# Transactions as context managers: sessionmaker.begin() commits and closes; a failing block
# inside session.begin() rolls back.
class Acct(Base):
    __tablename__ = "acct"
    id = Column(Integer, primary_key=True)
    owner = Column(String(10), nullable=False)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
with Session.begin() as s:
    s.add(Acct(owner="a"))
s = Session()
try:
    with s.begin():
        s.add(Acct(owner="b"))
        s.add(Acct(owner=None))
except Exception as e:
    print("rolled back:", type(e).__name__)
with Session() as s2:
    print([a.owner for a in s2.query(Acct)])
