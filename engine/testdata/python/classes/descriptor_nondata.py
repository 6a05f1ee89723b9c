class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class C:
    @Lazy
    def big(self):
        print("computing")
        return 42
c = C()
print(c.big, c.big)
