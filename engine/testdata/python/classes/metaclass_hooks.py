class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
        cls.initialized = True

    def describe(cls):
        return f"<{cls.__name__} via {type(cls).__name__}>"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        inst.made_by = "Registry"
        return inst


class Base(metaclass=Registry):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()

    def __init__(self, x=0):
        self.x = x


class Child(Base, flavor="sweet"):
    def hello(self):
        return f"hello {self.x}"


c = Child(5)
print(c.hello(), c.made_by, c.x, Child.initialized, Base.initialized)
print(Registry.classes, Child.describe(), Child.upper_name, type(Child).__name__, type(Registry).__name__)
print(isinstance(Child, Registry), isinstance(Child, type), issubclass(Registry, type), isinstance(c, Registry), isinstance(Registry, type))
print(Registry.__mro__, Child.__mro__)
print(repr(Child), Registry.__name__, Child.__class__.__name__)
try:
    c.describe()
except AttributeError as e:
    print("AttributeError", e)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
        self.values = {}

a, b = Config(), Config()
print(a is b, type(Config).__name__)

Point = type("Point", (), {"x": 1, "show": lambda self: f"P{self.x}"})
print(Point().show(), Point.__name__, type(Point).__name__)
Dyn = Registry("Dyn", (Base,), {"y": 2})
print(Dyn.y, type(Dyn).__name__, Dyn.initialized)

class M2(type):
    pass
class Other(metaclass=M2):
    pass
try:
    class Both(Child, Other):
        pass
except TypeError as e:
    print("TypeError", e)

class Auto(type):
    def __new__(mcls, name, bases, ns):
        ns["auto_" + name.lower()] = True
        for key, value in list(ns.items()):
            if callable(value) and not key.startswith("__"):
                ns[key] = staticmethod(value) if False else value
        return super().__new__(mcls, name, bases, ns)

class Thing(metaclass=Auto):
    def m(self):
        return 1

print(Thing.auto_thing, Thing().m(), Thing.__qualname__)

class Sub(Thing):
    pass
print(Sub.auto_sub, type(Sub).__name__)
print(type.__name__, type(type).__name__)
X = type("X", (Child,), {"z": 3})
print(type(X).__name__, X.z, X.initialized, Registry.classes[-1])
class Meta3(Registry):
    pass
class Deep(Child, metaclass=Meta3):
    pass
print(type(Deep).__name__, Deep.describe())
try:
    class Clash(metaclass=M2):
        pass
    class Clash2(Clash, Child):
        pass
except TypeError as e:
    print("TypeError", e)
