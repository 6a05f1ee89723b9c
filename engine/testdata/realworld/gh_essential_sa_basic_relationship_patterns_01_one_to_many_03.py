# source: https://github.com/lanzhiwang/essential-sqlalchemy-2e/blob/142aeec744d90e31078e90905ddc9981b430dc04/Basic_Relationship_Patterns/01_One_To_Many/03.py
# changes: database URL 'sqlite:///cookies.db' -> 'sqlite://'
"""One To Many"""

from sqlalchemy import Table, Column, Integer, ForeignKey
from sqlalchemy.orm import relationship
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

Base = declarative_base()
engine = create_engine('sqlite://')
Session = sessionmaker(bind=engine)

session = Session()

"""
CREATE TABLE parent (
	id INTEGER NOT NULL,
	PRIMARY KEY (id)
)

CREATE TABLE child (
	id INTEGER NOT NULL,
	parent_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(parent_id) REFERENCES parent (id)
)
"""

class Parent(Base):
    __tablename__ = 'parent'
    id = Column(Integer, primary_key=True)
    children = relationship("Child", back_populates="parent")

class Child(Base):
    __tablename__ = 'child'
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey('parent.id'))
    parent = relationship("Parent", back_populates="children")


Base.metadata.create_all(engine)

p = Parent()
c1 = Child()
c2 = Child()
print(dir(p))  # ['children', 'id', 'metadata']
print(dir(c1))  # ['id', 'metadata', 'parent', 'parent_id']

p.children.append(c1)
c2.parent = p
session.add(p)
session.add(c1)
session.add(c2)
session.commit()
