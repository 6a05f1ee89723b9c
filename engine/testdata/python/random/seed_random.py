import random
random.seed(42)
print([round(random.random(), 6) for _ in range(3)])
random.seed(42)
print(random.random())
