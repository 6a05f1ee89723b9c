# a table's constraints in creation order: those given to Table() or __table_args__ first, then each column's UNIQUE and FOREIGN KEY as it attaches
from sqlalchemy import Column, Integer, String, ForeignKey, UniqueConstraint, MetaData, Table, create_engine
from sqlalchemy.orm import declarative_base
Base = declarative_base()
class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
    x = Column(Integer, unique=True)
class B(Base):
    __tablename__ = "b"
    id = Column(Integer, primary_key=True)
    a_id = Column(Integer, ForeignKey("a.id"))
    name = Column(String, unique=True)
    b2 = Column(Integer, ForeignKey("a.x"), unique=True)
    __table_args__ = (UniqueConstraint("a_id", "name"),)
m = MetaData()
t = Table("c", m, Column("id", Integer, primary_key=True), Column("a", Integer, ForeignKey("c.id")), Column("u", Integer, unique=True), UniqueConstraint("a", "u"))
e = create_engine("sqlite://")
Base.metadata.create_all(e)
m.create_all(e)
