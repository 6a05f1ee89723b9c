a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = (1, 2, 3)
*init, last = "abc"
print(first, rest, init, last)
a, b = 1, 2, 3
