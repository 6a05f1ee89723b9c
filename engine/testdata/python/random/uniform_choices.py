import random
random.seed(123)
print(random.uniform(1, 2))
print(random.choices("abc", k=5))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.getrandbits(16))
