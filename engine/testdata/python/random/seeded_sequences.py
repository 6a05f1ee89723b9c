import random
random.seed(2024)
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(["red", "green", "blue"]))
print(round(random.uniform(0, 1), 10))
deck = list(range(8))
random.shuffle(deck)
print(deck)
