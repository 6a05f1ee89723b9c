from enum import Enum, IntFlag, StrEnum, auto, unique
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    @classmethod
    def first(cls):
        return cls.MON
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
    def __str__(self):
        return self.name.title()
print(Weekday.first(), Weekday.WED.next(), repr(Weekday.TUE), f"{Weekday.MON}", str(Weekday.MON), [str(d) for d in Weekday])
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape), list(Shape.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, int(rw), repr(rw), Perm(7), Perm.R & 6, rw & ~Perm.W, list(Perm), format(Perm.W, "d"))
class Color(StrEnum):
    RED = auto()
    GREEN = auto()
print(Color.RED, repr(Color.GREEN), Color.RED == "red", f"{Color.GREEN:>8}|", Color("red"))
class Num(Enum):
    ONE = 1
    TWO = 2
print(Num.ONE == 1, Num.ONE < Num.TWO if False else "", Num.ONE.value < Num.TWO.value, hash(Num.ONE) == hash(Num.ONE), {Num.ONE: "x"}[Num.ONE])
try:
    Num.ONE < Num.TWO
except TypeError as e:
    print("TypeError:", e)
try:
    Num.ONE = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Num(2).name, Num["ONE"], Num.TWO._value_, Num.ONE._name_, isinstance(Num.ONE, Num), type(Num).__name__)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()
print(list(Auto), [a.value for a in Auto])
