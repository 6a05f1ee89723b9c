x = 123456789012345678901234567890
print(x * x)
print(x * -3)
print(x // 7, x % 7)
print(-x // 7, -x % 7)
