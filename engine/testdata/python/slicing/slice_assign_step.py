a = list(range(8))
a[1::2] = ["x"] * 4
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
a[2:4] = []
print(a)
a[len(a):] = [99]
print(a)
