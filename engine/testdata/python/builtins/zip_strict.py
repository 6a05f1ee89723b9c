print(list(zip([1, 2], "ab")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError", e)
list(zip([1], [2, 3], strict=True))
