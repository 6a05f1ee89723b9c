class Base:
    """A base model."""
    table = "base"
    count = 0

    def __init__(self, **kw):
        type(self).count += 1
        for k, v in kw.items():
            setattr(self, k, v)

    def describe(self):
        attrs = {k: v for k, v in vars(self).items() if not k.startswith("_")}
        return f"{type(self).__name__} {attrs}"


class Item(Base):
    table = "items"


i = Item(name="pen", price=1.5, _secret=1)
j = Item(name="ink")
print(i.describe(), j.describe(), Item.count, Base.count)
print(Base.__doc__, Item.__doc__, Item.__name__, Item.__module__, Item.table, Base.table)
print(getattr(i, "price", None), getattr(j, "price", "n/a"), hasattr(j, "name"), type(i) is Item)
setattr(j, "price", 2)
delattr(i, "_secret")
print(sorted(vars(i)), j.price, [k for k in dir(i) if not k.startswith("__")])
print(Item.__bases__, Item.__base__, Base.__subclasses__(), isinstance(Item, type), type(Item))
print(callable(Item), callable(i), Item.describe.__qualname__, i.describe.__func__ is Item.describe, i.describe.__self__ is i)
try:
    i.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Item.nope
except AttributeError as e:
    print("AttributeError:", e)
print(repr(i).startswith("<__main__.Item object at 0x"), str(Item), repr(Base))
