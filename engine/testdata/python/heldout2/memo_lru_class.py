# source: LRU cache classes built on OrderedDict (move_to_end/popitem(last=False)) from interview-prep repos
from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key, default=-1):
        if key not in self.data:
            self.misses += 1
            return default
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
    def __repr__(self):
        return f"LRUCache({list(self.data.items())}, hits={self.hits}, misses={self.misses})"

c = LRUCache(2)
c.put(1, "one")
c.put(2, "two")
print(c.get(1))
c.put(3, "three")
print(c.get(2), c.get(3))
c.put(4, "four")
print(c.get(1), c.get(3), c.get(4))
print(c)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, dict(od))
print(repr(OrderedDict()), OrderedDict([("x", 1)]) | {"y": 2}, list(reversed(OrderedDict(a=1, b=2))))
