# distributions whose last digit comes from the C library's exp, log, pow
import random
random.seed(2024)
print([random.expovariate(1.5) for _ in range(4)])
print([random.lognormvariate(0, 0.5) for _ in range(4)])
print([random.paretovariate(2.5) for _ in range(4)])
print([random.weibullvariate(2.0, 1.7) for _ in range(4)])
print([random.gammavariate(0.5, 2.0) for _ in range(3)], [random.gammavariate(1.0, 3.0) for _ in range(2)], [random.gammavariate(4.5, 1.0) for _ in range(3)])
print([random.betavariate(0.7, 2.5) for _ in range(3)], [random.normalvariate(5, 2) for _ in range(3)])
r = random.Random(99)
print(sum(r.expovariate(0.1) for _ in range(2000)), sum(r.gammavariate(3.3, 0.7) for _ in range(500)))
