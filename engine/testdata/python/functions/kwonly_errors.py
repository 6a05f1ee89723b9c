def f(a, *, b):
    return a + b
print(f(1, b=2))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
f(1, b=2, c=3)
