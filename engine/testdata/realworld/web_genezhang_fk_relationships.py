# source: https://genezhang.net/blog/sql/sql_alchemy_foreign_keys_and_relationships ("Foreign key and relation defination")
# changes: the imports, Base, an in-memory engine, create_all and a session added (the page shows only the models and the session calls); a print() of c1.parent added (the page says it becomes None)
from sqlalchemy import Column, Integer, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key = True)

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key = True)
    parentid = Column(Integer, ForeignKey(Parent.id))
    parent = relationship(Parent)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()

parent = Parent()
c1 = Child()
c1.parent = parent
session.add(c1)
session.commit()

session.delete(parent)
session.commit()
print(c1.parent)
