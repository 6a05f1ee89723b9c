# source: dynamic attribute access in wrappers (__getattr__ delegation, __setattr__ audit, __delattr__, __dir__, getattr defaults) in proxy/record classes
class Record:
    __slots__ = ()

class AuditProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
    def __dir__(self):
        return sorted(set(dir(type(self._target))) | set(vars(self._target)))

class Thing:
    kind = "thing"
    def __init__(self):
        self.size = 3
    def grow(self, by=1):
        self.size += by
        return self.size

t = Thing()
p = AuditProxy(t)
print(p.size, p.kind, p.grow(2), t.size)
p.color = "red"
print(t.color, hasattr(p, "missing"), getattr(p, "missing", "dflt"))
del p.color
print(hasattr(t, "color"), p._log)
print([n for n in dir(p) if not n.startswith("_")])
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Record().x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(p).__name__, isinstance(p, Thing), vars(t), Thing.__dict__["kind"], "grow" in Thing.__dict__)
setattr(Thing, "kind", "changed")
print(t.kind, getattr(Thing, "grow")(t), delattr(Thing, "kind") or hasattr(t, "kind"))
