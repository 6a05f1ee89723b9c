# str() of column types, declared and reflected: the type compiled as DDL (TypeEngine.__str__)
from sqlalchemy import Integer, String, Text, DateTime, Date, Boolean, Numeric, Float, LargeBinary, Enum, Unicode, BigInteger, SmallInteger, Uuid, CHAR, NVARCHAR, REAL, UnicodeText, Column, create_engine, inspect
from sqlalchemy.orm import declarative_base
Base = declarative_base()
ts = [Integer(), String(50), String(), Text(), DateTime(), DateTime(timezone=True), Date(), Boolean(), Numeric(10, 2), Numeric(), Float(), LargeBinary(), Enum("a", "bb"), Unicode(20), BigInteger(), SmallInteger(), Uuid(), CHAR(3), NVARCHAR(4), REAL(), UnicodeText()]
for t in ts:
    print(str(t), f"{t}")
class T(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
    a = Column(String(30))
    b = Column(Float)
    c = Column(Boolean)
    d = Column(DateTime)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
for c in inspect(engine).get_columns("t"):
    print(c["name"], c["type"], str(c["type"]))
