a = [1, 2, 3]
print(a[-3])
try:
    a[3]
except IndexError as e:
    print("IndexError", e)
try:
    a.remove(9)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
a.index(9)
