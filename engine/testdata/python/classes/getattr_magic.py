class Config:
    def __init__(self, **kw):
        self.__dict__["_data"] = dict(kw)
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
    def __setattr__(self, name, value):
        print("set", name)
        self._data[name] = value
    def __delattr__(self, name):
        del self._data[name]
c = Config(debug=True)
c.level = 3
print(c.debug, c.level, getattr(c, "missing", "dflt"), hasattr(c, "nope"))
del c.level
try:
    c.level
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, n):
        print("proxy get", n)
        return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
class Traced:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return "intercepted " + name
        return super().__getattribute__(name)
    y = 5
t = Traced()
print(t.xyz, t.y)
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, q, p):
        self.qty, self.price = q, p
o = Order(2, 5)
print(o.qty * o.price, type(Order.qty).__name__, sorted(vars(o)))
try:
    o.qty = -1
except ValueError as e:
    print("ValueError:", e)
