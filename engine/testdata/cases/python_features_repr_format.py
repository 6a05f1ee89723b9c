from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# Plain Python around the models: a __repr__, f-strings with format specs, % and str.format,
# comprehensions, a helper function, try/except/finally and assert.
class Car(Base):
    __tablename__ = "car"
    id = Column(Integer, primary_key=True)
    make = Column(String(10))
    def __repr__(self):
        return f"<Car {self.id} {self.make!r}>"
def describe(cars, sep=", "):
    return sep.join("%s:%d" % (c.make, c.id) for c in cars)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
s.add_all([Car(make=m) for m in ["vw", "fiat", "audi"]])
s.commit()
cars = s.query(Car).order_by(Car.make).all()
print(cars)
print(describe(cars), "{:>6}|{:<5}|{:^7}|{:05.1f}".format("x", "y", "z", 3.14159))
print({c.make: c.id for c in cars}, sorted([c.id for c in cars], reverse=True), f"{len(cars):03d}")
try:
    assert len(cars) == 4, "expected four"
except AssertionError as e:
    print("assert:", e)
finally:
    print("done")
