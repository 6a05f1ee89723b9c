vals = [1, 1.5, "s", None, [1], (1,), {"a": 1}, True]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, str))
print(isinstance(1, (str, (int, float))))
