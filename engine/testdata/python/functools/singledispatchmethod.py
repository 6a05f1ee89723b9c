from functools import singledispatch, singledispatchmethod
class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return f"other {arg!r}"
    @show.register
    def _(self, arg: str):
        return "str " + arg
    @show.register(list)
    def _(self, arg):
        return "list " + str(len(arg))
    @show.register
    def _(self, arg: bool) -> str:
        return "bool"
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return cls.__name__ + " default"
    @make.register
    @classmethod
    def _(cls, arg: int):
        return cls.__name__ + " int"
class Sub(Fmt):
    pass
f = Fmt()
print(f.show("a"), f.show([1, 2]), f.show(None), f.show(True), f.show(3), Sub().show("x"))
print(Fmt.show(f, "z"), Fmt.make(1), Sub.make(2), Sub.make("s"), f.make(5))
print(f.show.__name__, callable(Fmt.show))
try:
    f.show()
except IndexError as e:
    print("IndexError:", e)
@singledispatch
def g(x):
    return "g"
try:
    @g.register
    def _(x):
        return 1
except TypeError as e:
    print("TypeError:", str(e)[-70:])
try:
    @g.register
    def _(x: 5):
        return 1
except TypeError as e:
    print("TypeError:", e)
@g.register
def _(x: int, y: str = "") -> None:
    return "int"
print(g(1), g("s"))
from datetime import date, datetime
@singledispatch
def when(x):
    return "other"
@when.register
def _(x: date):
    return "date"
print(when(date(2020, 1, 1)), when(datetime(2020, 1, 1)), date.__name__, datetime.__module__)
