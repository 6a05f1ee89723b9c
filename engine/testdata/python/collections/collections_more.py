from collections import defaultdict, namedtuple, OrderedDict, deque, ChainMap, Counter
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["z"], len(dd), repr(defaultdict(int)))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t)
Point = namedtuple("Point", "x y")
Pt3 = namedtuple("Pt3", ["x", "y", "z"], defaults=[0])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Pt3(1, 2), Pt3._field_defaults)
print(Point._make([3, 4]), tuple(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
x, y = p
print(x + y, f"{p}", str(p), repr(Pt3(1, 2, 3)))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1)])
print(od2 == {"x": 1}, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), {"a": 1, "b": 2} == {"b": 2, "a": 1})
dq = deque([1, 2, 3], maxlen=4)
dq.append(4); dq.append(5); dq.appendleft(0)
print(dq, dq.maxlen, dq[0], dq[-1], len(dq))
dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), list(dq), dq.count(2), 3 in dq)
dq.extendleft([7, 8])
print(dq, deque("abc"), deque(), deque(range(3), 2))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), {k: cm[k] for k in cm}, cm.maps, cm.new_child({"c": 4})["c"])
class Emp(namedtuple("Emp", "name salary")):
    __slots__ = ()
    @property
    def monthly(self):
        return self.salary / 12
e = Emp("a", 1200)
print(e, e.monthly)
