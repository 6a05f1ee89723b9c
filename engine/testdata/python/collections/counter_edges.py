from collections import Counter
c = Counter(a=3, b=-1, c=0)
print(c, +c, -c, c.total(), list(c.elements()))
d = Counter("aab")
print(d + c, d - c, d | c, d & c)
d += Counter(z=2)
print(d, d == Counter(a=2, b=1, z=2), Counter(a=0) == Counter())
d -= Counter(a=5)
print(d, d.most_common(0), d.most_common(-1), d["nothing"], "nothing" in d)
e = Counter()
e.update({"x": 2})
e.update(["x", "y"])
e.update(y=5)
e.subtract(x=10)
print(e, repr(Counter()), Counter([1, 1, 2]) <= Counter([1, 1, 2, 3]), Counter(a=1) < Counter(a=1))
del e["missing"]
del e["x"]
print(e, dict(e), sorted(e), isinstance(e, dict), type(e).__name__, e.copy())
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError", e)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
class Tally(Counter):
    pass
t = Tally("xx")
print(t, t + t, type(t + t).__name__, t.copy(), type(t.copy()).__name__)
