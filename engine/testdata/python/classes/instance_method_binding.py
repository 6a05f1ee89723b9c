class C:
    def m(self):
        return id(self) > 0
c = C()
bm = c.m
print(bm(), bm.__self__ is c, bm.__func__ is C.m, C.m(c))
print(type(bm).__name__, type(C.m).__name__)
f = C.m
try:
    f()
except TypeError as e:
    print("TypeError", e)
