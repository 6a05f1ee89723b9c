a = [0, 1, 2, 3, 4, 5]
del a[0]
del a[-1]
print(a)
del a[::2]
print(a)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
