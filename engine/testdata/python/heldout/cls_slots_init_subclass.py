class Registry:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[key or cls.__name__.lower()] = cls
class CsvExport(Registry, key="csv"):
    pass
class JsonExport(Registry):
    pass
print(Registry.plugins)
print(sorted(Registry.plugins), Registry.plugins["csv"].__name__)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
s = Slotted(1)
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Slotted):
    pass
x = Sub(2); x.c = 5
print(x.c, x.__dict__)
