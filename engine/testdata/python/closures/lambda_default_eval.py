x = 1
f = lambda y=x: y
x = 2
print(f(), (lambda: x)())
g = lambda *a, **k: (a, k)
print(g(1, 2, z=3))
print((lambda: (yield))) if False else None
