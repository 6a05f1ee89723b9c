# source: https://github.com/patryk-rybak/University/blob/315181bf813a71c9980d924f7465bf142cf4c958/POO/list9/Zad2/main.py
# changes: models.py, db.py and session.py (same folder) inlined in place of their imports; database URL 'postgresql+psycopg2://orm_user:orm_password@localhost:5432/orm_demo' -> 'sqlite://'; the `breakpoint()` line removed
from sqlalchemy import Column, Integer, String, ForeignKey
from sqlalchemy.orm import relationship, declarative_base

Base = declarative_base()

class Parent(Base):
    __tablename__ = 'parents'

    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False)

    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")

class Child(Base):
    __tablename__ = 'children'

    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False)
    parent_id = Column(Integer, ForeignKey('parents.id'))

    parent = relationship("Parent", back_populates="children")

from sqlalchemy import create_engine

DATABASE_URL = "sqlite://"


engine = create_engine(DATABASE_URL, echo=True)

from sqlalchemy.orm import sessionmaker, scoped_session

SessionFactory = sessionmaker(bind=engine)

Session = scoped_session(SessionFactory)

def get_session():
    session = Session()
    try:
        yield session
        session.commit()
    except:
        session.rollback()
        raise
    finally:
        session.close()


# każda funkcja/żądanie dostaje własną sesję
def init_db():
    Base.metadata.create_all(engine)

def add_sample_data():
    session = Session()

    parent = Parent(name="Anna")
    parent.children = [
        Child(name="Zosia"),
        Child(name="Tomek")
    ]
    session.add(parent)
    session.commit()
    session.close()

def read_data():
    session = Session()
    parents = session.query(Parent).all()
    print()
    print()
    print()
    for p in parents:
        print(f"{p.name}: {[c.name for c in p.children]}")
    session.close()

if __name__ == "__main__":
    init_db()
    add_sample_data()
    read_data()

