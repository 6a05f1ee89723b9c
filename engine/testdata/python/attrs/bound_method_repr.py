# A bound method prints as <bound method Class.name of self>.
class R:
    def f(self): pass
    @classmethod
    def c(cls): pass
r=R()
print(repr(r.f)[:30])
print(str(r.f)[:30])
print(R.c)
print(f"{r.f}"[:30])
print(repr(r.f).split(" at ")[0])
