# __eq__/__hash__ interactions in containers; repr of nested/recursive containers; set/dict order after deletes
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v, getattr(o, "v", o)); return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v % 2)
    def __repr__(self): return f"K({self.v})"
s = {K(1), K(3), K(1)}
print(len(s), sorted(s, key=lambda k: k.v))
d = {K(2): "two"}
print(d.get(K(4)), K(2) in d, [K(1)].index(K(1)), [K(5), K(1)].count(K(1)))
l = [1, 2]
l.append(l)
d2 = {"a": 1}
d2["self"] = d2
print(l, d2, [[], [[]], ({},)], {1: {2: {3: set()}}}, (1,), ((),), [(1, 2)], frozenset({1}))
s = set(range(10))
for x in (3, 5, 7):
    s.discard(x)
s |= {100, 42}
print(s, sorted(s) == list(sorted(s)))
od = dict.fromkeys("abcdef", 0)
for k in "bd":
    del od[k]
od["b"] = 1
print(od, list(od.items())[-1], {**od, "a": 9})
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"}, {0, 0.0, False, -0.0})
print(float("nan") in [float("nan")], (lambda n: n in [n])(float("nan")), [float("nan")] == [float("nan")])
class NoEq: pass
a = NoEq()
print(a == a, a != NoEq(), a in [NoEq()], a in [a], hash(a) == hash(a))
class Eq3:
    def __eq__(self, o): return 3
print(Eq3() == 1, Eq3() != 1, [Eq3()] == [1], Eq3() in [1])
