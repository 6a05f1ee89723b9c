a, *b, c = range(6)
print(a, b, c)
*a, = "xyz"
print(a)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
[p, q] = "pq"
print(p, q)
