# source: observer/event-emitter helpers (on/off/emit with a dict of listener lists, once wrappers) in small app frameworks
from collections import defaultdict

class Emitter:
    def __init__(self):
        self._handlers = defaultdict(list)
    def on(self, event, fn=None):
        if fn is None:
            def register(f):
                self._handlers[event].append(f)
                return f
            return register
        self._handlers[event].append(fn)
        return fn
    def once(self, event, fn):
        def wrapper(*a, **kw):
            self.off(event, wrapper)
            return fn(*a, **kw)
        self.on(event, wrapper)
    def off(self, event, fn):
        self._handlers[event].remove(fn)
    def emit(self, event, *args, **kwargs):
        return [h(*args, **kwargs) for h in list(self._handlers.get(event, ()))]

bus = Emitter()
log = []

@bus.on("saved")
def audit(obj, user="system"):
    log.append(f"audit {obj} by {user}")
    return "audit"

def make_counter():
    count = 0
    def counter(*_, **__):
        nonlocal count
        count += 1
        return count
    return counter

c = make_counter()
bus.on("saved", c)
bus.once("saved", lambda obj, **kw: f"first save of {obj}")
print(bus.emit("saved", "doc1"))
print(bus.emit("saved", "doc2", user="ann"))
print(bus.emit("deleted", "doc1"), dict(bus._handlers).keys())
bus.off("saved", audit)
print(bus.emit("saved", "doc3"), log)
try:
    bus.off("saved", audit)
except ValueError as e:
    print("ValueError:", e)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late], c.__closure__[0].cell_contents)
