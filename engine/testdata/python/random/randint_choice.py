import random
random.seed(1)
print([random.randint(1, 10) for _ in range(8)])
print(random.choice("abcdef"), random.choice([10, 20, 30]))
print(random.randrange(0, 100, 5))
