# source: playlist/raffle scripts using a seeded random (shuffle, sample, weighted choices, gauss) for reproducible draws
import random

songs = [f"track{i:02d}" for i in range(1, 11)]
rng = random.Random(2024)
pl = songs[:]
rng.shuffle(pl)
print(pl)
print(rng.sample(songs, 3), rng.choice(songs), rng.randint(1, 100), rng.random())
print(rng.choices(["red", "green", "blue"], weights=[5, 3, 1], k=8))
print(rng.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
print(round(rng.gauss(0, 1), 10), round(rng.uniform(-1, 1), 10), rng.randrange(10, 20, 3), rng.getrandbits(20))
random.seed("raffle")
tickets = list(range(100, 120))
winners = random.sample(tickets, k=3)
print(winners, sorted(winners), random.random())
random.seed(5)
a = [random.random() for _ in range(3)]
state = random.getstate()
b = random.random()
random.setstate(state)
print(a, b == random.random(), random.Random(5).random() == a[0])
print(round(random.triangular(0, 10, 3), 8), round(random.expovariate(1.5), 8), round(random.normalvariate(5, 2), 8))
