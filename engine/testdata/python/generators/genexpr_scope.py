x = 10
g = (x * i for i in range(3))
x = 100
print(list(g))
y = [1, 2]
h = (v for v in y)
y = [9]
print(list(h))
