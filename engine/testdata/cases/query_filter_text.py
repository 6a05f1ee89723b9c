# Query.filter(text(...)) with Query.params(): the clause as written, its binds from params() (a missing one is SQLAlchemy's StatementError when the query runs)
from sqlalchemy import Column, Integer, String, create_engine, text
from sqlalchemy.orm import declarative_base, sessionmaker
Base = declarative_base()
class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    def __repr__(self):
        return "User(%r)" % self.name
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
s.add_all([User(name="a"), User(name="b"), User(name="c")])
s.commit()
q = s.query(User).filter(text("id<:value and name!=:name"))
print(q.params(value=3, name="a").order_by(User.id).all())
print(q.params(value=9).params(name="b").filter(User.id > 1).count())
print(s.query(User).filter(text("name = 'c'")).one())
print(str(q.params(value=1, name="x")))
q.all()
