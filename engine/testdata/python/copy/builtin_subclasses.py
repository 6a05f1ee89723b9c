import copy, json
from collections import OrderedDict
from enum import IntEnum
class L(list):
    pass
class C(IntEnum):
    A = 1
o = OrderedDict(a=[1])
o2 = copy.copy(o)
o3 = copy.deepcopy(o)
o["b"] = 2
o["a"].append(5)
print(o2, o3, type(o3).__name__, copy.copy(L([1])), type(copy.deepcopy(L([[1]]))).__name__)
print(json.dumps({"c": C.A, "l": L([C.A])}), copy.copy(C.A) is C.A)
