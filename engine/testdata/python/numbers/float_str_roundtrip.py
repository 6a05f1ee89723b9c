import random
random.seed(7)
bad = 0
for i in range(2000):
    x = random.random() * 10 ** random.randint(-30, 30)
    if float(repr(x)) != x or float(str(x)) != x:
        bad += 1
print("roundtrip failures", bad)
print([repr(random.random()) for _ in range(5)])
print([repr(random.uniform(-1e10, 1e10)) for _ in range(5)])
print([repr(random.normalvariate(0, 1)) for _ in range(5)], [repr(random.expovariate(3)) for _ in range(3)])
print([f"{random.random():.15g}" for _ in range(5)])
