x = 1
def f():
    y = 2
    return sorted(locals())
print(f(), "x" in globals(), globals()["x"])
