class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d["a"], d["bb"], d, len(d), "bb" in d, d.get("zz"), d.get("a"))
print(isinstance(d, dict), issubclass(Default, dict), type(d).__name__, Default.__mro__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["x"] = 1
print(u, u["X"], u["x"], dict(u), list(u.items()), u == {"X": 1})
try:
    u["nope"]
except KeyError as e:
    print("KeyError", e)
class Attr(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.__dict__["extra"] = True
a = Attr([("k", 1)], z=2)
print(a, a.extra, vars(a), sorted(a), {**a})
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
print(repr(Default()), bool(Default()), bool(a), a.copy(), type(a.copy()).__name__)
