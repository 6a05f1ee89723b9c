# A lookup parent with no collection (Account.country has no backref), a string primary key,
# required date and boolean columns, and a one-to-one: the generated scenario's corner cases.
from datetime import date
from sqlalchemy import Column, ForeignKey, Integer, String, Date, Boolean
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Country(Base):
    __tablename__ = "country"
    code = Column(String(2), primary_key=True)
    name = Column(String(40), nullable=False)


class Account(Base):
    __tablename__ = "account"
    id = Column(Integer, primary_key=True)
    email = Column(String(80), unique=True, nullable=False)
    opened = Column(Date, nullable=False)
    active = Column(Boolean, nullable=False)
    country_code = Column(String(2), ForeignKey("country.code"), nullable=False)
    country = relationship("Country")
    profile = relationship("Profile", back_populates="account", uselist=False)
    orders = relationship("Order", back_populates="account")


class Profile(Base):
    __tablename__ = "profile"
    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("account.id"), unique=True, nullable=False)
    bio = Column(String(200))
    account = relationship("Account", back_populates="profile")


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("account.id"), nullable=False)
    total = Column(Integer, nullable=False)
    account = relationship("Account", back_populates="orders")


# Scenario written by cascadelab: nullable=False on the foreign key, no cascade.
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from datetime import date, datetime

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    for i in range(1, 3):
        country = Country(code=f"country {i}", name=f"country {i}")
        session.add(country)
        for j in range(1, 4):
            account = Account(email=f"account {i}.{j}", opened=date(2024, 1, 1), active=False)
            account.country = country
            session.add(account)
            profile = Profile(bio=f"profile {i}.{j}.1")
            account.profile = profile
            for k in range(1, 4):
                order = Order(total=((i - 1) * 3 + j - 1) * 3 + k)
                account.orders.append(order)
    session.commit()

with Session(engine) as session:
    country = session.get(Country, "country 1")
    session.delete(country)
    session.commit()
