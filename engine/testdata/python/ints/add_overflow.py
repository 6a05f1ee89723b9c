a = 9223372036854775807
print(a + 1)
print(-a - 2)
print(a * a)
print(a * 2 - a)
