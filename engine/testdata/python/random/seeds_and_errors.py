import random
for s in [0, -5, 2 ** 64 + 3, 10 ** 30, 1.5, -2.25, True, "", b"abc", "ünï"]:
    random.seed(s)
    print(repr(s), random.getrandbits(32), random.randrange(10 ** 20))
random.seed(3)
print(random.getrandbits(100), random.getrandbits(1), random.getrandbits(0), random.getrandbits(33))
print(random.randrange(10, -10, -3), random.randrange(5), random.randrange(0, 10, 2), random.randrange(3.0))
print(random.sample(range(1000), 10), random.sample(tuple("abcdefgh"), 8))
print(random.choices(["a", "b", "c"], cum_weights=[1, 1, 5], k=6))
print(round(random.expovariate(2.0), 12), round(random.triangular(1, 3), 12), round(random.triangular(0, 10, 9), 12))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
            lambda: random.randrange(1.5), lambda: random.choice([]), lambda: random.sample({1, 2}, 1),
            lambda: random.sample([1, 2], 3), lambda: random.seed([1]), lambda: random.choices([1], [1], cum_weights=[1]),
            lambda: random.choices([1, 2], weights=[0, 0]), lambda: random.getrandbits(-1), lambda: random.randint(1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
r = random.Random(99)
s = random.Random(99)
print(r.random() == s.random(), r.randint(1, 100), [r.choice("xyz") for _ in range(5)])
a = list(range(20))
r.shuffle(a)
print(a)
u = random.Random()
print(0 <= u.random() < 1, type(random.random()).__name__)
