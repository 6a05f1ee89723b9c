import copy
a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
b[1].append(4)
print(a, b, c, d)
print(a == b, a is b, a[1] is c[1])
print(list("abc"), list(range(3)), list({"x": 1}))
