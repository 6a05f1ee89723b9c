try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
print(sorted([2, 1.5, True, 0]))
print(sorted([[2, 1], [1, 3], [1, 2]]))
print(sorted([(1, "b"), (1, "a")]))
[1, 2].sort(key=1)
