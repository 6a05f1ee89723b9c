# Column types as the SQLite dialect renders them, index=True, unique=True, and a UNIQUE
# violation caught as IntegrityError; the session is rolled back and used again.
from sqlalchemy import Column, Integer, BigInteger, SmallInteger, String, Text, Unicode, Boolean, Float, Numeric, create_engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, declarative_base
Base = declarative_base()
class Gadget(Base):
    __tablename__ = "gadget"
    id = Column(Integer, primary_key=True)
    serial = Column(BigInteger)
    sku = Column(String(12), unique=True, nullable=False)
    name = Column(Unicode(40), index=True)
    blurb = Column(Text)
    stock = Column(SmallInteger, default=0)
    active = Column(Boolean, default=True)
    weight = Column(Float)
    price = Column(Numeric(10, 2))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add(Gadget(sku="A-1", name="lamp", weight=1.25))
s.commit()
s.add(Gadget(sku="A-1", name="copy"))
try:
    s.commit()
except IntegrityError as e:
    print("rejected:", type(e).__name__)
    s.rollback()
g = s.query(Gadget).one()
print(g.id, g.sku, g.stock, g.active, g.weight)
s.close()
