from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session, aliased

Base = declarative_base()

class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    name = Column(String)

class Address(Base):
    __tablename__ = "address"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("user.id"))
    email = Column(String)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
session.add_all([User(name="a"), User(name="b"), Address(user_id=1, email="x")])
session.commit()
u2 = aliased(User)
def show(f):
    try:
        stmt = f()
        print(stmt)
        print(session.execute(stmt).all() if "object" not in str(stmt) else None)
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: select(u2.name, Address.email).join(User))
show(lambda: select(u2.name, Address.email).join(User, Address.user_id == User.id))
show(lambda: select(u2.id, User.id).join(Address, Address.user_id == Address.id))
show(lambda: select(u2.id, User.id).join(Address))
show(lambda: select(u2.id, User.id).join(Address, Address.user_id == User.id).join(u2, u2.id == Address.user_id))
show(lambda: select(User.id, u2.id).join(Address, Address.user_id == u2.id))
show(lambda: select(u2.id, User.id).where(Address.id > 0).join(Address, Address.user_id == User.id))
show(lambda: select(Address.id, User.id).join(u2, u2.id == Address.user_id))
show(lambda: select(Address.id, User.id).join(u2, u2.id == User.id))
show(lambda: select(u2.id, User.id).join(Address, Address.user_id == User.id))
show(lambda: select(u2.id).join(Address, Address.user_id == u2.id).add_columns(User.name))
show(lambda: select(User.name, u2.name, Address.email).join(u2, u2.id == Address.user_id))
