# the keys of a column query's rows (2.0.52): a mapped attribute's key, not its column's name; an alias's; a label's; in select() a function's name and _no_label; in a legacy Query none for an unnamed expression
from sqlalchemy import Column, Integer, String, create_engine, func, select, literal
from sqlalchemy.orm import declarative_base, Session, aliased
Base = declarative_base()
class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column('uname', String)
e = create_engine('sqlite://')
Base.metadata.create_all(e)
s = Session(e)
s.add_all([User(name='a')]); s.commit()
A = aliased(User, name="ua")
for q in [s.query(User.name, User.id), s.query(User.name, func.count(User.id), func.max(User.id)).group_by(User.name),
          s.query(User.id + 1, (User.id + 2).label("x")), s.query(A.name), s.query(User.name, A.name).join(A, A.id == User.id),
          s.query(User.__table__.c.uname)]:
    r = q.first()
    print(r._fields, str(q).replace("\n", " "))
for q in [select(User.name, User.id), select(User.name, func.count(User.id), func.max(User.id)).group_by(User.name),
          select(User.id + 1, (User.id + 2).label("x")), select(A.name), select(User.__table__.c.uname)]:
    print(s.execute(q).first()._fields)
