# group_by()/order_by() of a name (a label of the columns, else a FROM column), correlate() of a scalar subquery and a select, lateral() printed; probed against 2.0.52
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select, func, desc, asc
from sqlalchemy.orm import DeclarativeBase, Session, relationship
class Base(DeclarativeBase): pass
class User(Base):
    __tablename__ = "user_account"
    id = Column(Integer, primary_key=True)
    name = Column(String)
class Address(Base):
    __tablename__ = "address"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("user_account.id"))
    email = Column(String)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add_all([User(id=1, name="a"), User(id=2, name="b"), Address(user_id=1, email="x"), Address(user_id=1, email="y"), Address(user_id=2, email="z")])
s.commit()
stmt = select(Address.user_id, func.count(Address.id).label("n")).group_by("user_id").order_by(desc("n"), "user_id")
print(stmt)
print(s.execute(stmt).all())
stmt = select(User.name, func.count(Address.id).label("n")).join(Address).group_by("name").order_by("name")
print(stmt)
print(s.execute(stmt).all())
stmt = select(User).order_by(desc("name"))
print([u.name for u in s.scalars(stmt)])
stmt = select(User.name.label("nm")).group_by("nm").order_by(asc("nm"))
print(s.execute(stmt).all())
print(stmt)
print(s.query(Address.user_id, func.count(Address.id)).group_by("user_id").order_by("user_id").all())
# explicit correlation
sub = select(func.count(Address.id)).where(Address.user_id == User.id).scalar_subquery().correlate(User)
stmt = select(User.name, sub.label("c")).order_by(User.id)
print(stmt)
print(s.execute(stmt).all())
sub2 = select(User.name).where(User.id == Address.user_id).correlate(Address).scalar_subquery()
print(s.execute(select(Address.email, sub2.label("who")).order_by(Address.id)).all())
print(select(Address.email, sub2.label("who")))
# a lateral subquery printed (SQLite has no LATERAL)
lat = select(Address.email).where(Address.user_id == User.id).limit(1).lateral()
print(select(User.name, lat.c.email).join(lat, User.id == User.id))
