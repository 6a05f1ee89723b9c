x = 10
x //= 3
print(x)
x **= 40
print(x)
x %= 1000
print(x)
x <<= 65
print(x)
x -= 1
print(x, x >> 60)
