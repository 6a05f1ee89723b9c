from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, func, select, exists
from sqlalchemy.orm import declarative_base, relationship, Session, aliased
Base = declarative_base()
class User(Base):
    __tablename__ = 'user_account'
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    fullname = Column(String)
    addresses = relationship('Address', back_populates='user')
    def __repr__(self):
        return f"User(id={self.id!r}, name={self.name!r})"
class Address(Base):
    __tablename__ = 'address'
    id = Column(Integer, primary_key=True)
    email_address = Column(String, nullable=False)
    user_id = Column(Integer, ForeignKey('user_account.id'))
    user = relationship('User', back_populates='addresses')
    def __repr__(self):
        return f"Address(id={self.id!r}, email_address={self.email_address!r})"
engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = Session(engine)
session.add_all([User(name='spongebob', fullname='Spongebob Squarepants', addresses=[Address(email_address='sb@x.org')]),
                 User(name='sandy', fullname='Sandy Cheeks', addresses=[Address(email_address='sandy@x.org'), Address(email_address='sandy@y.com')]),
                 User(name='patrick', fullname='Patrick Star')])
session.commit()
stmt = select(User, Address.email_address).join(User.addresses).order_by(Address.id)
print(stmt)
rows = session.execute(stmt).all()
print(rows)
for u, email in rows:
    print(u.name, email, u is session.get(User, u.id))
r = rows[0]
print(r.User, r.email_address, r[0], r[1], r._fields, r._mapping["email_address"])
print(r._mapping[User])
print(session.execute(select(User.name, Address).where(User.id == Address.user_id).order_by(Address.id)).all())
print(session.execute(select(User.name, Address).where(User.id == Address.user_id).order_by(Address.id)).first())
print(session.execute(select(User, Address).join(User.addresses).order_by(User.id, Address.id)).all())
print(session.execute(select(User.id, Address.id, User)).all()[:2])
print(session.execute(select(User, User.id)).all())
print(session.execute(select(User, User.name, User.name)).all())
print(session.execute(select(Address.id, User, func.count(Address.id)).join(User.addresses).group_by(User)).all())
q = session.query(User, func.count(Address.id)).join(User.addresses).group_by(User).order_by(User.id)
print(q)
print(q.all())
for u, n in q:
    print(u, n)
print(session.query(User, Address).filter(User.id == Address.user_id).order_by(Address.id).all())
print(session.query(User, Address.email_address).filter(User.id == Address.user_id).order_by(Address.id).first())
print(session.query(User.name, Address).filter(User.id == Address.user_id).order_by(Address.id).all())
print(session.query(User, User.name).all())
a1 = aliased(Address)
print(session.execute(select(User, a1.email_address, Address.id).join(a1, User.addresses).join(Address, User.addresses).order_by(a1.id, Address.id)).all())
x = aliased(User, name='x')
print(session.execute(select(x, x.name, User.name).where(x.id == User.id)).all())
print(session.query(x, x.name, User.name).filter(x.id == User.id).all())
