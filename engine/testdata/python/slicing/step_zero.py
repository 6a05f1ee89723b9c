try:
    [1, 2, 3][::0]
except ValueError as e:
    print("ValueError", e)
print("ok"[::1])
"abc"[::0]
