from sqlalchemy import Column, Integer, String, create_engine, select, union_all
from sqlalchemy.orm import declarative_base, Session, aliased

Base = declarative_base()

class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    name = Column(String)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
session.add_all([User(name="a"), User(name="b")])
session.commit()
def show(f):
    try:
        stmt = f()
        print(stmt)
        print(session.execute(stmt).all())
    except Exception as e:
        print(type(e).__name__, e)
c1 = select(User.id).where(User.id > 0).cte("c")
c2 = select(User.name).where(User.id > 1).cte("c")
show(lambda: select(c1.c.id, c2.c.name))
show(lambda: select(c1.c.id).where(c1.c.id.in_(select(c2.c.name))))
c3 = select(User.id).cte("c")
show(lambda: select(c1.c.id).join(c3, c3.c.id == c1.c.id))
show(lambda: select(c1.c.id, c1.c.id.label("x")))
a = c1.alias("d")
show(lambda: select(c1.c.id, a.c.id))
r = select(User.id.label("n")).cte("r", recursive=True)
r = r.union_all(select((r.c.n + 1).label("n")).where(r.c.n < 3))
show(lambda: select(r.c.n))
show(lambda: select(r.c.n, c1.c.id))
s1 = select(User.id).cte()
s2 = select(User.name).cte()
show(lambda: select(s1.c.id, s2.c.name))
show(lambda: select(User).join(c1, c1.c.id == User.id).join(c2, c2.c.name == User.name))
try:
    print(session.query(User).join(c1, c1.c.id == User.id).join(c2, c2.c.name == User.name).all())
except Exception as e:
    print(type(e).__name__, e)
q = session.query(User.id).join(c1, c1.c.id == User.id).join(c3, c3.c.id == User.id)
try:
    print(str(q))
except Exception as e:
    print(type(e).__name__, e)
