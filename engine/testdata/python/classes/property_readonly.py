class R:
    @property
    def v(self):
        return 1
r = R()
print(r.v, type(R.v).__name__)
try:
    r.v = 2
except AttributeError as e:
    print("AttributeError", e)
class Q:
    v = property(lambda self: 42, doc="answer")
print(Q().v, Q.v.__doc__)
