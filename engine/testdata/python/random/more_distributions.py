import random

random.seed(12345)
print(random.betavariate(2, 5), random.gammavariate(2.0, 1.5), random.lognormvariate(0, 1))
print(random.normalvariate(10, 2), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.triangular(), random.choices(range(10), cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k=5))
print(random.sample(["a", "b", "c", "d"], k=4, counts=[1, 2, 1, 1])[:3], random.randbytes(4))
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
random.seed(b"bytes")
print(random.random())
random.seed(2**70)
print(random.random(), random.randint(-10**20, 10**20))
random.seed(-5)
print(random.random())
random.seed(3.5)
print(random.random())
class R(random.Random):
    pass
print(R(1).random() == random.Random(1).random())
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1], 2), lambda: random.randrange(0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
