import random
r = random.Random(5)
print(r.randint(0, 1000), r.random())
r2 = random.Random("seed-string")
print(r2.randint(0, 1000))
random.seed(0)
print(random.gauss(0, 1))
