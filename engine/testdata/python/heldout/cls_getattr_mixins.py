class ReprMixin:
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if not k.startswith("_"))
        return f"{type(self).__name__}({attrs})"
class DictMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return getattr(self._target, name)
class Item(ReprMixin, DictMixin):
    def __init__(self, name, qty):
        self.name, self.qty, self._cache = name, qty, {}
i = Item("pen", 3)
print(i, i.to_dict(), Item.__mro__)
p = Proxy(i)
print(p.name, p.to_dict(), getattr(p, "missing", "dflt"))
try:
    p.secret_key
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "secret"), hasattr(p, "qty"))
class Settings:
    def __init__(self):
        object.__setattr__(self, "_data", {})
    def __setattr__(self, k, v):
        self._data[k.upper()] = v
    def __getattr__(self, k):
        try:
            return self._data[k.upper()]
        except KeyError:
            raise AttributeError(k) from None
s = Settings(); s.debug = True
print(s.DEBUG, s.debug, s._data)
try:
    s.nope
except AttributeError as e:
    print("AttributeError:", repr(e))
