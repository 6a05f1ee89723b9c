t = (1, [2])
t[1].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t += ([9],)
except TypeError as e:
    print("unexpected", e)
print(t)
t[1] += [4]
