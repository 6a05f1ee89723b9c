from operator import itemgetter, attrgetter, methodcaller
rows = [{"name": "x", "age": 3, "city": "b"}, {"name": "y", "age": 1, "city": "a"}, {"name": "z", "age": 3, "city": "a"}]
print([r["name"] for r in sorted(rows, key=itemgetter("age"))], [r["name"] for r in sorted(rows, key=itemgetter("age", "city"))])
class P:
    def __init__(self, n, a):
        self.n, self.a = n, a
    def __repr__(self):
        return self.n
    def score(self, k):
        return self.a * k
ps = [P("c", 2), P("a", 5), P("b", 2)]
print(sorted(ps, key=attrgetter("a")), sorted(ps, key=attrgetter("a", "n")), sorted(ps, key=methodcaller("score", -1)))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), attrgetter("n")(ps[0]), itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(max(rows, key=itemgetter("age"))["name"], min(ps, key=attrgetter("n")), sorted(enumerate("cab"), key=itemgetter(1)))
