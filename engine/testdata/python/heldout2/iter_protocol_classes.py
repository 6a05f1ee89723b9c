# source: iterator classes (Countdown with __iter__/__next__, a reusable iterable vs a one-shot iterator, Fibonacci with islice)
from itertools import islice

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b

class Sentence:
    def __init__(self, text):
        self.words = text.split()
    def __getitem__(self, i):
        return self.words[i]
    def __len__(self):
        return len(self.words)

c = Countdown(3)
print(list(c), list(c), iter(c) is c)
f = Fib()
print(list(islice(f, 10)), list(islice(f, 3)), next(islice(Fib(), 90, None)))
s = Sentence("the quick brown fox")
print(list(s), "fox" in s, list(reversed(s)), [w.upper() for w in s][:2], sorted(s))
it = iter(s)
print(next(it), next(it), list(it), next(it, "END"))
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
print(list(map(len, s)), dict(enumerate(s, 1)), list(zip(Countdown(5), "ab")), sum(Countdown(4)))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", e.args)
print(iter([]).__next__ is not None, hasattr(s, "__iter__"), type(iter(s)).__name__)
