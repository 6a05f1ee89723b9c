from functools import singledispatch, singledispatchmethod
from datetime import date
from decimal import Decimal
@singledispatch
def render(obj):
    return f"<{type(obj).__name__}>"
@render.register
def _(obj: int):
    return f"int:{obj}"
@render.register(float)
def _(obj):
    return f"float:{obj:.1f}"
@render.register(list)
def _(obj):
    return "[" + ", ".join(render(o) for o in obj) + "]"
@render.register
def _(obj: date):
    return obj.strftime("%d/%m")
print(render(1), render(2.25), render([1, 2.5, "s"]), render(date(2024, 5, 6)), render(True), render(Decimal(1)))
print(render.dispatch(bool).__name__ if hasattr(render.dispatch(bool), "__name__") else "?", sorted(t.__name__ for t in render.registry.keys()))
class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return "other"
    @show.register
    def _(self, arg: str):
        return "str " + arg
    @show.register
    def _(self, arg: int):
        return "int " + str(arg)
f = Fmt()
print(f.show("a"), f.show(3), f.show(None))
