class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_valid(s):
        return s.count("-") == 2
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2020-1-2"), MyDate.from_string("1999-12-31"), Date.is_valid("1-2"), MyDate(1, 2, 3).from_string("3-2-1"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__, Date.from_string.__self__ is Date)
