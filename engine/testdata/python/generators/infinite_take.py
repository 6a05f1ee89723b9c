def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print([next(g) for _ in range(5)])
import itertools
print(list(itertools.islice(naturals(), 3, 6)))
for x in naturals():
    if x > 3:
        break
print(x)
