from collections import OrderedDict, deque
od = OrderedDict([("b", 1), ("a", 2), ("c", 3)])
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(list(od.keys()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def __getitem__(self, k):
        v = super().__getitem__(k)
        self.move_to_end(k)
        return v
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.move_to_end(k)
        if len(self) > self.cap:
            del self[next(iter(self))]
c = LRU(2)
c["a"] = 1; c["b"] = 2; c["a"]; c["c"] = 3
print(list(c.items()))
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, d[0], d[-1])
d.rotate(1)
print(d)
d.rotate(-2)
print(d, d.popleft(), d.pop(), d)
d.extend([7, 8]); d.extendleft([9])
print(d, list(reversed(d)), d.count(7), 8 in d)
print(deque("abc"), deque(), repr(deque([1], maxlen=2)))
