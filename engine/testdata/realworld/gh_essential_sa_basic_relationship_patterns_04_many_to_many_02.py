# source: https://github.com/lanzhiwang/essential-sqlalchemy-2e/blob/142aeec744d90e31078e90905ddc9981b430dc04/Basic_Relationship_Patterns/04_Many_To_Many/02.py
# changes: database URL 'sqlite:///cookies.db' -> 'sqlite://'
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
CREATE TABLE "left" (
	id INTEGER NOT NULL,
	PRIMARY KEY (id)
)

CREATE TABLE "right" (
	id INTEGER NOT NULL,
	PRIMARY KEY (id)
)

CREATE TABLE association (
	left_id INTEGER,
	right_id INTEGER,
	FOREIGN KEY(left_id) REFERENCES "left" (id),
	FOREIGN KEY(right_id) REFERENCES "right" (id)
)

"""

association_table = Table(
    'association',
    Base.metadata,
    Column('left_id', Integer, ForeignKey('left.id')),
    Column('right_id', Integer, ForeignKey('right.id'))
)

class Parent(Base):
    __tablename__ = 'left'
    id = Column(Integer, primary_key=True)

class Child(Base):
    __tablename__ = 'right'
    id = Column(Integer, primary_key=True)
    parents = relationship("Parent", secondary=association_table)


Base.metadata.create_all(engine)

p1 = Parent()
p2 = Parent()
c1 = Child()
c2 = Child()
print(dir(p1))  # ['id', 'metadata']
print(dir(c1))  # ['id', 'metadata', 'parents']

c1.parents.append(p1)
c1.parents.append(p2)

c2.parents.append(p1)
c2.parents.append(p2)

session.add(p1)
session.add(p2)
session.add(c1)
session.add(c2)
session.commit()
