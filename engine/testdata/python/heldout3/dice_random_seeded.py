# source: a dice-rolling simulator from beginner tutorials (random.randint in a loop, Counter of sums), seeded so the run repeats
import random
from collections import Counter

random.seed(2024)


def roll(n=2, sides=6):
    return [random.randint(1, sides) for _ in range(n)]


rolls = [roll() for _ in range(10)]
print(rolls)
sums = Counter(sum(r) for r in (roll() for _ in range(600)))
for total in range(2, 13):
    print(f"{total:>2} {'#' * (sums[total] // 5)} {sums[total]}")
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], random.choice(deck), random.sample(range(100), 5))
print(round(random.random(), 6), round(random.uniform(1, 10), 6), random.randrange(0, 100, 7))
print(random.choices("abc", weights=[10, 1, 1], k=8))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
