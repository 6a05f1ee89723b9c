# PrimaryKeyConstraint in __table_args__ and in Table(): the primary key in the constraint's order
from sqlalchemy import Column, Integer, String, PrimaryKeyConstraint, Table, MetaData, create_engine, insert, select
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class Member(Base):
    __tablename__ = "member"
    group = Column(String(10))
    user = Column(Integer)
    note = Column(String)
    __table_args__ = (PrimaryKeyConstraint("user", "group"),)
m = MetaData()
t = Table("t", m, Column("a", Integer), Column("b", Integer), PrimaryKeyConstraint("b"))
e = create_engine("sqlite://")
Base.metadata.create_all(e)
m.create_all(e)
print(Member.__table__.primary_key, t.primary_key)
with Session(e) as s:
    s.add_all([Member(group="g", user=1, note="x"), Member(group="h", user=1)])
    s.commit()
    print(s.get(Member, (1, "h")).group)
    s.execute(insert(t), [{"a": 1}, {"a": 2}])
    print(s.execute(select(t.c.b)).all())
