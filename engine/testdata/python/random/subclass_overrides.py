import random
class R(random.Random):
    pass
print(R(1).random() == random.Random(1).random())
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice("abcdef"), vars(r), type(r).__name__)
class Half(random.Random):
    def random(self):
        return super().random() / 2
h = Half(7)
print(h.random(), h.randint(1, 1000), h.choice(range(50)), h.uniform(0, 10))
l = list(range(10)); h.shuffle(l); print(l)
print(h.sample(range(100), 5), h.choices("abc", k=4), h.gauss(), h.gauss())
class Bits(random.Random):
    def getrandbits(self, k):
        v = super().getrandbits(k)
        print("bits", k, v)
        return v
b = Bits(3)
print(b.randrange(10), b.randbytes(2), b.random())
class Const(random.Random):
    def __init__(self):
        pass
    def random(self):
        return 0.25
c = Const()
print(c.randint(1, 8), c.choice("abcd"), c.uniform(2, 4), c.getrandbits(8))
class Both(random.Random):
    def random(self): return 0.5
    def getrandbits(self, k): return 1
print(Both(1).randrange(10))
class NoSeed(random.Random):
    def seed(self, a=None):
        print("seed", a)
n = NoSeed(5)
print(n.random(), vars(n))
try:
    c.gauss()
except AttributeError as e:
    print(e)
class Bad(random.Random):
    def random(self):
        raise ValueError("nope")
try:
    Bad(1).randint(1, 5)
except ValueError as e:
    print("caught", e)
class Norm(random.Random):
    def normalvariate(self, mu=0.0, sigma=1.0):
        return 0.0
print(Norm(1).lognormvariate(0, 1))
s = random.Random(9); st = s.getstate(); a = s.random(); s.setstate(st); print(a == s.random())
print(random.Random.random(random.Random(2)))
try:
    random.Random.random(5)
except TypeError as e:
    print(e)
try:
    random.Random(1, 2)
except TypeError as e:
    print(e)
class Seq(random.Random):
    def __init__(self, vals):
        self.vals = list(vals)
        super().__init__(0)
    def random(self):
        return self.vals.pop(0)
q = Seq([0.1, 0.9, 0.5, 0.3])
print(q.randrange(100), q.choice("xyz"), q.random())
print(isinstance(h, random.Random), issubclass(Half, random.Random), Half.__mro__)
