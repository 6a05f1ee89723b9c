import random
random.seed(1234)
rolls = [random.randint(1, 6) for _ in range(60)]
hist = {face: rolls.count(face) for face in range(1, 7)}
for face, n in hist.items():
    print(face, "*" * n)
print(sum(rolls), max(hist, key=hist.get))
