import random

random.seed(42)
names = ["ann", "bob", "cid", "dee", "eve", "fay"]
print(random.randint(1, 100), random.random(), random.choice(names))
print(random.sample(names, 3), random.uniform(1.5, 2.5))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.choices(names, k=4), random.choices(names, weights=[5, 1, 1, 1, 1, 1], k=3))
print(random.randrange(0, 100, 5), random.getrandbits(16), round(random.gauss(0, 1), 6))
rng = random.Random(2024)
rows = [{"id": i, "score": rng.randint(0, 10)} for i in range(5)]
print(rows)
print(rng.choice("abc"), rng.random() < 1, round(rng.expovariate(1.5), 8))
random.seed("text seed")
print(random.random(), random.randint(10, 20))
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
print(a == [random.random() for _ in range(3)], round(random.triangular(0, 10, 3), 8))
print(random.sample(range(1000), 5), random.betavariate(2, 3) < 1)
