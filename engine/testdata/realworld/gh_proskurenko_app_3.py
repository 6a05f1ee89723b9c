# source: https://github.com/AnastasiiaProskurenko/210225_ptm/blob/5ea27d5300ab9067a4ef6bb52e8eb10a6170621c/21_08_25/app_3.py
# changes: the author's 21_08_25/app_1.py (same repository) run first, its code inlined above (it creates and fills the users table in test.db that this script reads); both scripts otherwise as written
from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, sessionmaker

engine = create_engine('sqlite:///test.db', echo=True)
Session = sessionmaker(bind=engine)
Base = declarative_base()

class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    age = Column(Integer)


Base.metadata.create_all(engine)
session = Session()

new_user = User(name="John", age=23)
session.add(new_user)

session.add_all(
    [
        User(name='Bob', age=22),
        User(name='David', age=27),
        User(name='Alice', age=30),
        User(name='Ann', age=17),
        User(name='Ann', age=27)
    ]
)
session.commit()


# with Session() as session:
#    ...

from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, sessionmaker


engine = create_engine('sqlite:///test.db')
Session = sessionmaker(bind=engine)
Base = declarative_base()

class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    age = Column(Integer)

    def __str__(self):
        return f'{self.id=} {self.name=} {self.age=}'


with Session() as session:
    user = session.query(User).get(1)
    if user:
        session.delete(user)
        session.commit()

        print('user deleted')

    print('-' * 20)
    users = session.query(User).all()
    print(*users, sep='\n')
