# source: the Date.from_string / is_date_valid example of "@classmethod vs @staticmethod" tutorials (alternative constructor, validation, subclass-aware cls)
class Date:
    def __init__(self, day=0, month=0, year=0):
        self.day = day
        self.month = month
        self.year = year

    @classmethod
    def from_string(cls, date_as_string):
        day, month, year = map(int, date_as_string.split('-'))
        return cls(day, month, year)

    @staticmethod
    def is_date_valid(date_as_string):
        day, month, year = map(int, date_as_string.split('-'))
        return day <= 31 and month <= 12 and year <= 3999

    def __repr__(self):
        return f"{type(self).__name__}({self.day}, {self.month}, {self.year})"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02d}.{self.month:02d}.{self.year}"


d = Date.from_string('11-09-2012')
print(d, Date.is_date_valid('11-09-2012'), Date.is_date_valid('32-01-2000'))
e = EuroDate.from_string('1-2-2003')
print(e, repr(e), type(e).__name__)
print(type(Date.__dict__['from_string']).__name__, type(Date.__dict__['is_date_valid']).__name__)
print(Date.from_string.__self__ is Date, d.is_date_valid('1-1-1'), Date.is_date_valid.__name__)
try:
    Date.from_string('2012/09/11')
except ValueError as err:
    print("ValueError:", err)
try:
    Date.from_string('1-2')
except ValueError as err:
    print("ValueError:", err)
