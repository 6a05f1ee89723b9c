# source: https://git.ipfire.org/cgi-bin/gitweb.cgi?a=commitdiff&h=0d611b88911217727a174916b83e296e8c7105b1&p=thirdparty%2Fsqlalchemy%2Fsqlalchemy.git (doc/build/errors.rst, "delete-orphan cascade is normally configured only on the one side")
# changes: the imports and Base added
from sqlalchemy import Column, Integer, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, configure_mappers

Base = declarative_base()


class A(Base):
    __tablename__ = "a"

    id = Column(Integer, primary_key=True)

    bs = relationship("B", back_populates="a")


class B(Base):
    __tablename__ = "b"
    id = Column(Integer, primary_key=True)
    a_id = Column(ForeignKey("a.id"))

    # this will emit the error message when the mapper
    # configuration step occurs
    a = relationship("A", back_populates="bs", cascade="all, delete-orphan")

configure_mappers()
