from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# create_all checks each table with PRAGMA table_info first; a second create_all creates
# nothing; drop_all drops in reverse dependency order.
class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
class B(Base):
    __tablename__ = "b"
    id = Column(Integer, primary_key=True)
    a_id = Column(Integer, ForeignKey("a.id"))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Base.metadata.create_all(engine)
Base.metadata.drop_all(engine)
print("dropped")
