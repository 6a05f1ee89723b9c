from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# delete-orphan with pending objects: a child appended and removed before the flush is
# expunged and never INSERTed; an orphan child added on its own is INSERTed with a NULL key.
class List_(Base):
    __tablename__ = "list"
    id = Column(Integer, primary_key=True)
    entries = relationship("Entry", backref="list", cascade="all, delete-orphan")
class Entry(Base):
    __tablename__ = "entry"
    id = Column(Integer, primary_key=True)
    text = Column(String(10))
    list_id = Column(Integer, ForeignKey("list.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
l = List_()
s.add(l)
e1, e2 = Entry(text="keep"), Entry(text="drop")
l.entries.append(e1)
l.entries.append(e2)
l.entries.remove(e2)
s.add(Entry(text="alone"))
s.commit()
print([(e.text, e.list_id) for e in s.query(Entry).order_by(Entry.id)], e2 in s)
