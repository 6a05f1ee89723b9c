from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# Collection operations without delete-orphan: extend, pop, clear and list assignment null the
# foreign keys of the children that leave the collection.
class Box(Base):
    __tablename__ = "box"
    id = Column(Integer, primary_key=True)
    things = relationship("Thing", backref="box", order_by="Thing.id")
class Thing(Base):
    __tablename__ = "thing"
    id = Column(Integer, primary_key=True)
    box_id = Column(Integer, ForeignKey("box.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
b = Box()
b.things.extend([Thing(), Thing(), Thing()])
s.add(b)
s.commit()
popped = b.things.pop()
s.commit()
print([t.box_id for t in s.query(Thing).order_by(Thing.id)])
b.things = [Thing()]
s.commit()
print([t.box_id for t in s.query(Thing).order_by(Thing.id)])
b.things.clear()
s.commit()
print([t.box_id for t in s.query(Thing).order_by(Thing.id)], len(b.things))
