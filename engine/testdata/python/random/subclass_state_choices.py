import random

class Rec(random.Random):
    def __init__(self, seed):
        self.log = []
        super().__init__(seed)
    def random(self):
        x = super().random()
        self.log.append(round(x, 6))
        return x

r = Rec(11)
print(r.choices("abcde", k=3), len(r.log))
print(r.choices("abc", weights=[1, 0, 5], k=4), len(r.log))
print(r.sample("abcdefgh", 3), len(r.log))
print(round(r.gauss(5, 2), 9), round(r.gauss(5, 2), 9), len(r.log))
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], st[2] is None)
print(round(r.expovariate(2), 9), round(r.triangular(0, 10, 3), 9), round(r.vonmisesvariate(0, 4), 9), len(r.log))
print(round(r.betavariate(2, 3), 9), round(r.paretovariate(2), 9), round(r.weibullvariate(1, 2), 9))
print(round(r.lognormvariate(0, 0.5), 9), round(r.normalvariate(), 9), r.log[:3])
l = list(range(8))
r.shuffle(l)
print(l, r.randbytes(3).hex(), r.getrandbits(20))
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed()
print(f.choices([1, 2, 3], k=3), f.sample(range(10), 3), f.randrange(0, 100, 5), f.uniform(-1, 1), f.triangular())
print(vars(f), vars(Rec(1))["gauss_next"], type(f).__mro__[1].__name__)
