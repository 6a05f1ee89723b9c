from operator import itemgetter, attrgetter
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)))
class P:
    def __init__(self, n, a):
        self.n, self.a = n, a
    def __repr__(self):
        return self.n
print(sorted([P("x", 3), P("y", 1)], key=attrgetter("a")))
