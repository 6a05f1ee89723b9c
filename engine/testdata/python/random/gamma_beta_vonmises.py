import random

random.seed(2024)
r = lambda x: round(x, 9)
print([r(random.gammavariate(a, 2.0)) for a in (0.5, 1.0, 1.0001, 3.5, 40)])
print([r(random.betavariate(a, b)) for a, b in ((0.5, 0.5), (2, 5), (1, 1), (30, 2))])
print([r(random.vonmisesvariate(m, k)) for m, k in ((0, 0), (1.0, 1e-7), (3.0, 0.5), (-2, 4.0), (10, 50))])
print(random.random(), random.getrandbits(32))
rng = random.Random(7)
print(r(rng.betavariate(2, 3)), r(rng.gammavariate(9, 0.5)), rng.randint(1, 6))
for bad in [lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1), lambda: random.betavariate(0, 1), lambda: random.betavariate(1, 0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
random.seed(5)
print(random.sample("abc", 5, counts=[3, 1, 2]), random.sample(["x", "y"], k=2, counts=[1, 1]), random.sample(range(3), 2, counts=[10**6, 1, 1]))
print(random.sample("ab", 1, counts=[True, 2]), random.random())
for bad in [lambda: random.sample("ab", 1, counts=[1]), lambda: random.sample("ab", 1, counts=[1, 1.5]), lambda: random.sample("ab", 1, counts=[0, 0]),
            lambda: random.sample("ab", 3, counts=[1, 1]), lambda: random.sample("ab", 1, counts=5), lambda: random.sample("", 0, counts=[]),
            lambda: random.sample("ab", 1, counts=["1", "2"]), lambda: random.sample("ab", 1, counts=[2, -1])]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
