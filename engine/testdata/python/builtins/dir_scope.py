x = 1
y = 2
del y
print([n for n in dir() if not n.startswith("__")])
def f(a, *args, b=2, **kw):
    c = 3
    del a
    print(dir())
f(1)
class K:
    z = 1
    print(dir())
    def m(self):
        q = super().__repr__
        return dir()
print(K().m())
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in dir(), [dir() for i in range(1)] != [])
