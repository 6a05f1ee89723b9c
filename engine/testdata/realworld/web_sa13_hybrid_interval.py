# source: https://sqlalchemy.org/docs/13/orm/extensions/hybrid.html (the Interval mapping and the doctests after it)
# changes: the doctest lines run with their displayed values print()ed
from sqlalchemy import Column, Integer
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import Session, aliased
from sqlalchemy.ext.hybrid import hybrid_property, hybrid_method

Base = declarative_base()

class Interval(Base):
    __tablename__ = 'interval'

    id = Column(Integer, primary_key=True)
    start = Column(Integer, nullable=False)
    end = Column(Integer, nullable=False)

    def __init__(self, start, end):
        self.start = start
        self.end = end

    @hybrid_property
    def length(self):
        return self.end - self.start

    @hybrid_method
    def contains(self, point):
        return (self.start <= point) & (point <= self.end)

    @hybrid_method
    def intersects(self, other):
        return self.contains(other.start) | self.contains(other.end)

i1 = Interval(5, 10)
print(i1.length)
print(Interval.length)
print(Session().query(Interval).filter(Interval.length > 10))
print(Session().query(Interval).filter_by(length=5))
print(i1.contains(6))
print(i1.contains(15))
print(i1.intersects(Interval(7, 18)))
print(i1.intersects(Interval(25, 29)))
print(Session().query(Interval).filter(Interval.contains(15)))
ia = aliased(Interval)
print(Session().query(Interval, ia).filter(Interval.intersects(ia)))
