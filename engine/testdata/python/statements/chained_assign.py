a = b = c = []
a.append(1)
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [0, 0]
i, lst[i] = 1, 5
print(i, lst)
