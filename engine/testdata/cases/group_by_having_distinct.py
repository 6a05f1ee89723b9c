# GROUP BY, HAVING and DISTINCT in select() and Query (2.0.52): their place in str() and in the SQL sent, a function's binds named after it and numbered with its label (count_1 ... :count_2), desc() of a function, distinct().count()
from sqlalchemy import Column, Integer, String, create_engine, func, select, desc
from sqlalchemy.orm import declarative_base, Session
Base = declarative_base()
class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    age = Column(Integer)
e = create_engine('sqlite://')
Base.metadata.create_all(e)
s = Session(e)
s.add_all([User(name='a', age=1), User(name='b', age=2), User(name='a', age=3)])
s.commit()
q = select(User.name, func.count(User.id)).where(User.age > 0).group_by(User.name).having(func.count(User.id) > 1).order_by(User.name)
print(q)
print(s.execute(q).all())
q2 = s.query(User.name, func.sum(User.age)).group_by(User.name).order_by(desc(func.sum(User.age)))
print(q2)
print(q2.all())
print(s.query(User.name).distinct().count(), s.query(User.name).distinct().order_by(User.name).all())
print(select(User.name).distinct())
print(s.scalars(select(User.name).distinct()).all())
print(s.query(func.count(User.id), User.name).group_by(User.name, User.age).having(User.age > 1).all())
