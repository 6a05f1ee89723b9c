from sqlalchemy import Column, ForeignKey, Integer
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    __table_args__ = {"mysql_engine": "MyISAM"}
    id = Column(Integer, primary_key=True)
    children = relationship("Child", backref="parent", passive_deletes=True)


class Child(Base):
    __tablename__ = "child"
    __table_args__ = {"mysql_engine": "MyISAM"}
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"))
