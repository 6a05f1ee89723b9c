# name= of ForeignKey, ForeignKeyConstraint and UniqueConstraint: CONSTRAINT name in CREATE TABLE (quoted when it must be), none for name=None
from sqlalchemy import MetaData, Table, Column, Integer, ForeignKey, UniqueConstraint, ForeignKeyConstraint, create_engine
m = MetaData()
p = Table('p', m, Column('id', Integer, primary_key=True))
t = Table('t', m, Column('a', Integer, ForeignKey('p.id', name='fk a', ondelete='SET NULL')), Column('b', Integer), Column('c', Integer, ForeignKey('p.id', name=None)), UniqueConstraint('b', name='uq_b'), ForeignKeyConstraint(['b'], ['p.id'], name='Fk_B'), UniqueConstraint('a','c', name='select'))
e = create_engine("sqlite://")
m.create_all(e)
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id", name="fk_child_parent", ondelete="CASCADE"))
    other_id = Column(Integer, ForeignKey(Parent.id, name="fk_other"))
Base.metadata.create_all(e)
s = Session(e)
s.add(Parent(id=1)); s.add(Child(parent_id=1)); s.commit()
s.delete(s.get(Parent, 1)); s.commit()
print(s.query(Child).count())
