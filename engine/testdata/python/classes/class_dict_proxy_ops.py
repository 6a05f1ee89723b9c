class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tag = cls.__name__.lower()
        Base.registry.append(cls)

class Item(Base):
    """An item."""
    price: float = 1.0
    name: str
    __doc__ = "replaced"
    def total(self, n):
        return self.price * n
    @property
    def label(self):
        return self.name
    @staticmethod
    def make():
        return Item()
    @classmethod
    def build(cls):
        return cls()

ns = Item.__dict__
print(list(ns))
print(ns["__doc__"], Item.__doc__, ns["__annotations__"], ns["tag"], ns["__module__"])
print(type(ns["label"]).__name__, type(ns["make"]).__name__, type(ns["build"]).__name__, type(ns).__name__)
print(ns["__dict__"] if "__dict__" in ns else "no __dict__", "registry" in ns, "registry" in vars(Base))
for bad in ["ns['x'] = 1", "del ns['price']", "ns.pop('price')", "ns.update(a=1)", "ns.setdefault('a', 1)", "hash(ns)", "ns < ns"]:
    try:
        exec_ = {"ns": ns}
        if bad.startswith("ns['x']"):
            ns["x"] = 1
        elif bad.startswith("del"):
            del ns["price"]
        elif bad.startswith("ns.pop"):
            ns.pop("price")
        elif bad.startswith("ns.update"):
            ns.update(a=1)
        elif bad.startswith("ns.setdefault"):
            ns.setdefault("a", 1)
        elif bad.startswith("hash"):
            hash(ns)
        else:
            ns < ns
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    ns["missing"]
except KeyError as e:
    print("KeyError", e)
print(len(ns), len(vars(Base)), [k for k in vars(Base) if not k.startswith("__")])
print(Item.__dict__ is Item.__dict__, Item.__dict__ == Item.__dict__, vars(Item) == dict(vars(Item)), vars(Item) != vars(Base))
print({k: type(v).__name__ for k, v in vars(Item).items() if callable(v) or isinstance(v, (staticmethod, classmethod, property))})
class Empty:
    pass
print(vars(Empty).keys(), list(vars(Empty).values())[:1], dict(vars(Empty)).get("__doc__", "x"))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(vars(Counter)["count"], list(vars(Counter)))
class WithEq:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
print(list(vars(WithEq)), vars(WithEq)["__hash__"] is WithEq.__hash__)
class NoHash:
    def __eq__(self, other):
        return True
print(list(vars(NoHash)), vars(NoHash)["__hash__"])
p = vars(Empty)
for f in [lambda: p < p, lambda: p >= p, lambda: p < {}, lambda: {} <= p, lambda: p > 1]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(p | {"a": 1} == dict(p, a=1), list({"a": 1} | p)[0], p == dict(p), dict(p) == p, p != p)
for k in ["x", 0]:
    try:
        del p[k]
    except TypeError as e:
        print("TypeError", e)
for obj in [5, (1, 2), "ab", None, Empty()]:
    for k in ["x", 0]:
        try:
            del obj[k]
        except TypeError as e:
            print("TypeError", e)
