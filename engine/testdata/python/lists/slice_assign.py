a = list(range(10))
a[2:5] = ["x"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1:3]
print(a)
a[:0] = [-1, -2]
print(a)
a[::3] = [1]
