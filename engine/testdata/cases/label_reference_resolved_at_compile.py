from sqlalchemy import Column, Integer, String, create_engine, select, func, desc
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()

class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    name = Column(String)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
session.add_all([User(name="a"), User(name="b"), User(name="a")])
session.commit()
def show(f):
    try:
        stmt = f()
        print("built")
        print(stmt)
        print([tuple(getattr(v, "name", v) for v in r) for r in session.execute(stmt)])
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: select(User.name).order_by("n"))
show(lambda: select(User.name).order_by("n").add_columns(func.count().label("n")).group_by(User.name))
show(lambda: select(User.name, func.count().label("n")).group_by("name").order_by(desc("n")))
show(lambda: select(User.name).group_by("nm").add_columns(User.name.label("nm")))
show(lambda: select(User.name.label("nm")).order_by("name"))
show(lambda: select(User.name.label("nm")).order_by("nm", "id"))
show(lambda: select(User).order_by("name"))
show(lambda: select(User).order_by(desc("name")))
show(lambda: select(User.id).order_by("name"))
show(lambda: select(User.id).where(User.id > 1).order_by("user.name"))
show(lambda: select(User.id).distinct().order_by("id"))
try:
    print(session.query(User.name, func.count().label("c")).group_by("name").order_by("c").all())
    print(session.query(User.name).order_by("c").all())
except Exception as e:
    print(type(e).__name__, e)
try:
    q = session.query(User.name).order_by("c")
    print("built")
    print(q.add_columns(func.count().label("c")).group_by("name").all())
except Exception as e:
    print(type(e).__name__, e)
