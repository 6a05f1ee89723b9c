# source: lazy attributes via functools.cached_property and a hand-written lazy descriptor in report/model helper classes
from functools import cached_property

class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value

class Dataset:
    loads = 0
    def __init__(self, raw):
        self.raw = raw
    @cached_property
    def rows(self):
        Dataset.loads += 1
        return [list(map(int, line.split(","))) for line in self.raw.strip().splitlines()]
    @lazy
    def totals(self):
        """Column totals."""
        return [sum(col) for col in zip(*self.rows)]
    @property
    def width(self):
        return len(self.rows[0])

ds = Dataset("1,2,3\n4,5,6\n")
print(ds.rows, ds.rows is ds.rows, Dataset.loads, ds.totals, ds.width)
print(sorted(vars(ds)), Dataset.totals.__doc__, type(Dataset.rows).__name__)
del ds.rows
ds.raw = "7,8,9"
print(ds.rows, Dataset.loads, ds.totals)
ds.totals = "overridden"
print(ds.totals, ds.__dict__["totals"])
try:
    ds.width = 5
except AttributeError as e:
    print("AttributeError:", e)
