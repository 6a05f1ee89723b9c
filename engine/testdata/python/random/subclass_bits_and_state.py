import random

class Counting(random.Random):
    calls = 0
    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)

c = Counting(2024)
print([c.randrange(1000) for _ in range(5)], Counting.calls)
print(c.randint(10**30, 10**30 + 5), c.randbytes(3).hex())
print(c.sample(range(10**6), 3), Counting.calls)
state = c.getstate()
x = c.random()
c.setstate(state)
print(x == c.random(), c.gauss_next, len(state[1]))
g1 = c.gauss()
print(c.gauss_next is not None, round(g1, 12))
c.seed(5)
print(c.gauss_next, c.random())

class RandOnly(random.Random):
    def random(self):
        return 0.999999
r = RandOnly()
print(r.randrange(7), r.choice([1, 2, 3]), r.randint(0, 1))
class Sub(RandOnly):
    pass
print(Sub().randrange(7))
class Override(RandOnly):
    def getrandbits(self, k):
        return 0
print(Override().randrange(7), Override().randbytes(2))
class Below(random.Random):
    def _randbelow(self, n):
        print("below", n)
        return n - 1
b = Below(1)
print(b.choice("abc"), b.randrange(3, 30, 3))
l = [1, 2, 3, 4]
b.shuffle(l)
print(l)
class Inst(random.Random):
    pass
i = Inst(3)
i.random = lambda: 0.5
print(i.uniform(0, 2), i.choice("abcd"))
