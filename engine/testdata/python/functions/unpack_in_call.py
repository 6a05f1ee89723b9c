def f(*a, **k):
    return a, k
print(f(*"ab", *[1], **{"x": 1}, **{"y": 2}))
print(f(*range(3)))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError", e)
print([*range(2), *"xy"], {**{"a": 1}, "b": 2}, {*[1, 2], 3})
