# max() asks item > best (a class's __gt__ first), min() item < best, as CPython's min_max;
# their TypeErrors name that operator.
import functools

@functools.total_ordering
class P:
    def __init__(s, f, l): s.f, s.l = f, l
    def __eq__(s, o): return (s.l, s.f) == (o.l, o.f)
    def __lt__(s, o): return s.l < o.l or s.f < o.f
    def __repr__(s): return s.f

ps = [P("Zed", "Adams"), P("Ann", "Brown"), P("Bob", "Adams")]
print(max(ps), min(ps), max(ps, key=lambda p: p), min(reversed(ps)))

class Loud:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print(f"  {self.v} > {o.v}")
        return self.v > o.v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
    def __repr__(self): return f"L{self.v}"

print(max([Loud(1), Loud(3), Loud(2)]))
print(min([Loud(1), Loud(3), Loud(0)]))
for bad in ([1, "a"], ["a", 1], [1.5, None], [(1,), [1]]):
    for f in (max, min):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
print(max(1, 2.5, True), max("b", "ab"), min([3, 1, 2], key=lambda x: -x), max([], default=7))
print(max([float("nan"), 1]), max([1, float("nan")]), min([2, 2.0]), max([2.0, 2]), max([0, False]), min([False, 0]))
