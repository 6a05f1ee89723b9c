a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError", e)
from collections import defaultdict, OrderedDict, Counter
dd = defaultdict(int, a) | b
print(type(dd).__name__, dd)
print(OrderedDict(a) | b, Counter("aab") | Counter("bc"), Counter("aab") + Counter("bc"), Counter("aab") - Counter("ab"))
