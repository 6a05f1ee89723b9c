# inspect() of a mapped class: its Mapper's local_table, persist_selectable and class_; repr of a Table; inspect() of a plain class is SQLAlchemy's NoInspectionAvailable
from sqlalchemy import Column, Integer, String, inspect, create_engine
from sqlalchemy.orm import declarative_base
Base = declarative_base()
class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    name = Column(String)
m = inspect(User)
print(m.local_table is User.__table__, m.persist_selectable is User.__table__, m.class_ is User, type(m).__name__)
print(f"{m.local_table = }")
class Plain:
    pass
inspect(Plain)
