def f(a, *, key=None, reverse=False):
    return sorted(a, key=key, reverse=reverse)
print(f([3, 1, 2], reverse=True))
print(f(["bb", "a"], key=len))
try:
    f([1], None)
except TypeError as e:
    print("TypeError", e)
