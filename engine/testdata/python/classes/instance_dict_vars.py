class P:
    kind = "p"
    def __init__(self):
        self.a = 1
        self._b = 2
p = P()
print(vars(p), p.__dict__ is vars(p), sorted(k for k in vars(P) if not k.startswith("__")))
p.__dict__["c"] = 3
print(p.c, hasattr(p, "c"), getattr(p, "missing", "dflt"))
vars(p).update(d=4)
print(p.d, sorted(p.__dict__))
print(p.__class__.__name__, type(p) is P, p.__class__ is P, P.__name__, P.__qualname__, P.__module__)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
