# source: https://genezhang.net/blog/sql/sql_alchemy_foreign_keys_and_relationships ("Bidirectional reference", back_populates)
# changes: the imports, Base, an in-memory engine, create_all, a session and the page's earlier session calls added; two print() calls added to show the result
from sqlalchemy import Column, Integer, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key = True)
    children = relationship("Child", back_populates="parent")

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key = True)
    parentid = Column(Integer, ForeignKey(Parent.id))
    parent = relationship("Parent", back_populates="children")

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()

parent = Parent()
c1 = Child()
c1.parent = parent
session.add(c1)
session.commit()
print([c.id for c in parent.children])

session.delete(parent)
session.commit()
print(c1.parent, c1.parentid)
