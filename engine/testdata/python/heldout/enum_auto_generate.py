from enum import Enum, auto

class Strategy(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower().replace("_", "-")
    FAST_PATH = auto()
    SLOW_PATH = auto()

print(list(Strategy), Strategy.FAST_PATH.value)

class Ordered(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()

print([(m.name, m.value) for m in Ordered])

class Weekday(Enum):
    MON = 1; TUE = 2; WED = 3
    @classmethod
    def from_abbr(cls, s):
        return cls[s.upper()]
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

print(Weekday.from_abbr("tue"), Weekday.WED.next())
print(Weekday.MON.__class__ is Weekday, Weekday.MON._name_, Weekday.MON._value_)
