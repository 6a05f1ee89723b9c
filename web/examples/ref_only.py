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
    account_id = Column(Integer, ForeignKey("account.id"), unique=True)
    bio = Column(String(200))
    account = relationship("Account", back_populates="profile")


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("account.id"))
    total = Column(Integer, nullable=False)
    account = relationship("Account", back_populates="orders")
