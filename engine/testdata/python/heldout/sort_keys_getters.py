from operator import itemgetter, attrgetter, methodcaller
rows = [{"name": "bob", "age": 25, "city": "NY"}, {"name": "ann", "age": 30, "city": "LA"},
        {"name": "cat", "age": 25, "city": "LA"}, {"name": "Dan", "age": 30, "city": "NY"}]
print([r["name"] for r in sorted(rows, key=itemgetter("age", "name"))])
print([r["name"] for r in sorted(rows, key=itemgetter("city"), reverse=True)])
print([r["name"] for r in sorted(rows, key=lambda r: (-r["age"], r["name"].lower()))])
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), sorted("hello"))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), sorted(pairs, key=itemgetter(1)), max(pairs, key=itemgetter(0)), min(pairs))
class P:
    def __init__(self, n, s): self.n, self.s = n, s
    def __repr__(self): return f"P({self.n}, {self.s})"
ps = [P(2, "x"), P(1, "y"), P(2, "a")]
print(sorted(ps, key=attrgetter("n", "s")), sorted(ps, key=methodcaller("__repr__")))
print(itemgetter(1, 0)(["a", "b"]), itemgetter(slice(1, None))([1, 2, 3]), attrgetter("real")(5))
data = [3, 1, 2]
data.sort(reverse=True)
print(data, sorted([3, 1, 2], reverse=True) == data, sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([0.5, -1, 2, True, False]), sorted([[2, 1], [1, 9], [1]]))
