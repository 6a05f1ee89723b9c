import random
random.seed(7)
a = list(range(10))
random.shuffle(a)
print(a)
print(random.sample(range(100), 5))
print(random.sample(["x", "y", "z"], k=2))
