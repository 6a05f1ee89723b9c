x = 1
y = [1, 2, 3]
del x, y[0]
print(y, "x" in globals())
class O:
    pass
o = O()
o.a = 1
del o.a
print(hasattr(o, "a"))
d = {"k": 1}
del d["k"]
print(d)
del x
