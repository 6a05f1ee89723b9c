from functools import cached_property, total_ordering
class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total, r.computed, "total" in r.__dict__)
del r.total
print(r.total, r.computed)
r.total = 99
print(r.total)
@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, g): self.g = g
    def __eq__(self, o): return self.g == o.g
    def __lt__(self, o): return self.order.index(self.g) < self.order.index(o.g)
    def __repr__(self): return f"Grade({self.g!r})"
gs = [Grade("B"), Grade("F"), Grade("A")]
print(sorted(gs), Grade("A") >= Grade("B"), Grade("C") <= Grade("C"), Grade("D") > Grade("A"), max(gs))
