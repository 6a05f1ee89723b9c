from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(od, list(od))
od.popitem(last=False)
print(od)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([("x", 1), ("y", 2)]) == {"y": 2, "x": 1})
