x = 5
def f():
    print(x)
    x = 6
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def g():
    y = 1
    del y
    return y
g()
