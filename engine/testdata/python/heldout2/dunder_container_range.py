# source: custom container classes (DateRange/NumberRange with __contains__, __iter__, __len__, __getitem__ with slices, __reversed__)
from datetime import date, timedelta

class DateRange:
    def __init__(self, start, end, step=timedelta(days=1)):
        self.start, self.end, self.step = start, end, step
    def __len__(self):
        return max(0, (self.end - self.start) // self.step)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("DateRange index out of range")
        return self.start + i * self.step
    def __contains__(self, d):
        return self.start <= d < self.end and (d - self.start) % self.step == timedelta(0)
    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]
    def __repr__(self):
        return f"DateRange({self.start}, {self.end}, {self.step.days}d)"
    def __eq__(self, other):
        return list(self) == list(other)
    def __bool__(self):
        return len(self) > 0

r = DateRange(date(2024, 2, 25), date(2024, 3, 5))
print(r, len(r), r[0], r[-1], r[2:5], r[::4], [d.day for d in r])
print(date(2024, 2, 29) in r, date(2024, 3, 5) in r, date(2023, 2, 28) in r)
w = DateRange(date(2024, 1, 1), date(2024, 2, 1), timedelta(weeks=1))
print(len(w), list(reversed(w))[0], date(2024, 1, 15) in w, date(2024, 1, 16) in w)
print(bool(DateRange(date(2024, 1, 2), date(2024, 1, 1))), list(DateRange(date(2024, 1, 2), date(2024, 1, 1))))
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(r == list(r), sorted(r, reverse=True)[:2], max(r), enumerate(r).__next__(), list(zip(r, "ab")))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), range(10)[slice(-3, None)])
