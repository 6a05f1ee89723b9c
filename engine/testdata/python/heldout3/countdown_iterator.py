# source: the iterator protocol tutorials (a Countdown class with __iter__/__next__ raising StopIteration; a sequence class iterated through __getitem__)
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


c = Countdown(3)
print(list(c), list(c))
for n in Countdown(2):
    print("tick", n)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "liftoff"))


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, list(reversed(sq)), sum(sq))
print(sorted(Squares(4), reverse=True), dict(enumerate(Squares(3), start=1)))


class Repeater:
    def __init__(self, value, times):
        self.value, self.times = value, times

    def __iter__(self):
        for _ in range(self.times):
            yield self.value


print(list(Repeater("x", 3)), list(zip(Repeater(1, 5), "ab")), max(Repeater(7, 2)))
try:
    next(Squares(2))
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Countdown)
except TypeError as e:
    print("TypeError:", e)
