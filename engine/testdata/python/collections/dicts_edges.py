from collections import defaultdict, OrderedDict, ChainMap
d = defaultdict(list, {"a": [1]}, b=[2])
d["c"].append(3)
print(d, d.default_factory, d.get("zz"), "zz" in d, len(d))
print(defaultdict(), defaultdict(None)["x"] if False else "skip")
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
n = defaultdict(int)
n.default_factory = str
print(n["q"], repr(n), n.copy(), type(n.copy()).__name__)
od = OrderedDict.fromkeys("abc") if hasattr(OrderedDict, "fromkeys") else None
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od, list(reversed(OrderedDict(x=1, y=2))))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict())
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
child = cm.new_child({"c": 4})
print(cm, child, child["a"], child.get("b"), child.get("zz", 0), len(child), list(child), child.parents)
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["zz"]
except KeyError as e:
    print("KeyError", e)
