from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# The seed's mistake seen from the other side: cascade="all, delete" on the many-to-one.
# Deleting ONE child deletes its parent, and the parent's other children get a NULL key.
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    parent = relationship(Parent, cascade="all, delete", backref="children")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
s.add(Parent(children=[Child(), Child(), Child()]))
s.commit()
s.delete(s.get(Child, 2))
s.commit()
print(s.query(Parent).count(), [(c.id, c.parent_id) for c in s.query(Child)])
