# source: https://github.com/mkdivya/learn-sqlalchemy-orm/blob/8035b8137b9aee102e5e8adcbb32f15753ca1421/07_one_to_one_relationship/app.py
# changes: models.py (same folder) inlined in place of `from models import User, Address, session`; database URL 'sqlite:///relationship2.db' -> 'sqlite://'
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

engine = create_engine('sqlite://')
Base = declarative_base()

class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    address = relationship('Address', back_populates='user', uselist=False)

class Address(Base):
    __tablename__ = 'addresses'
    id = Column(Integer, primary_key=True)
    email = Column(String, unique=True)
    user_id = Column(Integer, ForeignKey('users.id'))
    user = relationship('User', back_populates='address')

Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
# 1️⃣ Create a new user
alice = User(name="Alice")

# 2️⃣ Create a new address
alice_home = Address(email="alice@example.com")

# 3️⃣ Link them (one-to-one)
alice.address = alice_home

# 4️⃣ Add to session and commit
session.add(alice)
session.commit()

# ✅ Check relationships
print(f"User: {alice.name}")
print(f"Address of user: {alice.address.email}")
print(f"Back from address: {alice_home.user.name}")
