from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# expire(), expire_all(), refresh() and expunge(): when each causes a SELECT, and that an
# expunged object is no longer "in" the session.
class Item(Base):
    __tablename__ = "item"
    id = Column(Integer, primary_key=True)
    name = Column(String(10))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
i = Item(name="one")
s.add(i)
s.flush()
print("id", i.id)
s.expire(i)
print("name", i.name)
s.expire_all()
s.refresh(i)
print(i in s)
s.expunge(i)
print(i in s, i.name)
s.commit()
print(s.query(Item).count())
