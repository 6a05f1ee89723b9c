n = 0
while n < 5:
    n += 1
    if n == 3:
        break
else:
    print("no break")
print("n", n)
for x in []:
    pass
else:
    print("for-else on empty")
for x in range(3):
    if x == 10:
        break
else:
    print("completed", x)
