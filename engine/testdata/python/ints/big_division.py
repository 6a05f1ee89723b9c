a = 2 ** 100
b = 3 ** 40
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b)
print(a / b)
print((a * b) // a == b)
