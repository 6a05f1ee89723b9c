a = [10, 20, 30]
print(a[True], a[False], a[-True])
try:
    a["1"]
except TypeError as e:
    print("TypeError", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError", e)
