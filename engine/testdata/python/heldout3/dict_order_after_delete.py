# source: Python docs "dict ... keep insertion order" and an OrderedDict LRU cache recipe (move_to_end, popitem(last=False)) as used in tutorials
from collections import OrderedDict

d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 4
d["d"] = 5
d.pop("b")
d["b"] = 6
print(d, list(d), next(iter(d)), list(reversed(d)))
d.update(c=30, e=7)
print(d)
print(d.popitem(), d)
s = {3, 1, 2}
s.discard(1)
s.add(10)
print(s, sorted(s))

class LRUCache:
    def __init__(self, capacity):
        self.cache = OrderedDict()
        self.capacity = capacity

    def get(self, key):
        if key not in self.cache:
            return -1
        self.cache.move_to_end(key)
        return self.cache[key]

    def put(self, key, value):
        self.cache[key] = value
        self.cache.move_to_end(key)
        if len(self.cache) > self.capacity:
            print("evict", self.cache.popitem(last=False))

c = LRUCache(2)
c.put(1, "one")
c.put(2, "two")
print(c.get(1))
c.put(3, "three")
print(c.get(2), c.get(3), c.cache)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b", last=False)
print(od, list(od.keys()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
m = {k: k * 2 for k in range(5)}
for k in list(m):
    if k % 2:
        del m[k]
print(m)
try:
    for k in m:
        m[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
