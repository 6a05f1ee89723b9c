# math.hypot and math.dist are CPython's vector_norm (compensated, one Newton
# step), not C's hypot: 3000 random vectors from tiny to huge, hashed
import hashlib
import math
import random
random.seed(11)
out = []
for i in range(1500):
    n = random.randint(2, 5)
    e = random.choice([0, 0, 3, -3, 100, -100, -310, 300, -1070])
    v = [random.uniform(-10, 10) * 10.0 ** (e + random.randint(-2, 2)) for _ in range(n)]
    out.append(repr(math.hypot(*v)))
    out.append(repr(math.dist(v, [0.5] * n)))
print(hashlib.md5(" ".join(out).encode()).hexdigest(), out[:4], out[-4:])
print(math.hypot(1, 2, 3), math.hypot(0.1, 0.2), math.hypot(3e-320, 4e-320), math.hypot(1e-310, 1e-311), math.dist((1.5, 2.5), (-0.5, 7.25)))
