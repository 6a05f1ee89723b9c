# Upper-case types (VARCHAR, INT, TIMESTAMP, ...): the DDL by their own names, values through the SQLite dialect's processors, repr
from sqlalchemy import Column, VARCHAR, INTEGER, INT, TEXT, TIMESTAMP, BOOLEAN, CHAR, FLOAT, BLOB, DATE, create_engine, select
from sqlalchemy.orm import declarative_base, Session
import datetime
Base = declarative_base()
class T(Base):
    __tablename__ = "t"
    id = Column(INTEGER, primary_key=True)
    a = Column(VARCHAR(20))
    b = Column(INT)
    c = Column(TEXT)
    d = Column(TIMESTAMP(timezone=True))
    e = Column(BOOLEAN)
    f = Column(CHAR(3))
    g = Column(FLOAT)
    h = Column(BLOB)
    i = Column(DATE)
e = create_engine("sqlite://")
Base.metadata.create_all(e)
print(repr(VARCHAR(20)), repr(INT()), repr(TIMESTAMP(timezone=True)), repr(TIMESTAMP()))
with Session(e) as s:
    s.add(T(a="x", b=2, c="t", d=datetime.datetime(2020, 1, 2, 3, 4, 5), e=True, f="abc", g=1.5, h=b"zz", i=datetime.date(2020, 1, 1)))
    s.commit()
    t = s.get(T, 1)
    print(t.a, t.b, t.c, t.d, t.e, t.f, t.g, t.h, t.i)
