x = 1
x += 0.5
print(x, type(x).__name__)
x //= 0.25
print(x)
y = 7
y /= 2
print(y)
y **= 2
print(y)
