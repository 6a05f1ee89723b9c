n = 10
while n:
    n -= 3
    if n < 0:
        print("negative", n)
        break
    print(n, end=",")
else:
    print("no break")
print()
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print(i, end=" ")
print()
for x in []:
    pass
else:
    print("empty for else")
for i in range(3):
    for j in range(3):
        if i * j == 2:
            break
    else:
        print("inner finished for", i)
        continue
    print("inner broke at", i, j)
    break
stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and len(stack) > 1:
    stack = stack[1]
    depth += 1
print(depth, stack)
data = [5, 3, 8]
while data and data[-1] > 4:
    print("pop", data.pop())
print(data)
k = 0
for k in range(5):
    pass
print(k)
for c in "ab":
    c = c.upper()
print(c)
n = 0
for n in range(0):
    pass
print(n)
