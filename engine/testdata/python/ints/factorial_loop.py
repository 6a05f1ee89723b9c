n = 1
for i in range(1, 31):
    n *= i
print(n)
print(len(str(n)))
print(n % 1000003)
