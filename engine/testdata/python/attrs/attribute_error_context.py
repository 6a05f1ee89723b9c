# An AttributeError escaping an attribute load gets name and obj, unless it had them.
class G:
    def __getattr__(self, n):
        raise AttributeError("custom " + n)
class H:
    @property
    def p(self):
        raise AttributeError("inner")
import math
for f in (lambda: G().zz, lambda: H().p, lambda: getattr(G(), "yy"), lambda: math.nosuch, lambda: int.nosuch, lambda: getattr(1, "qq"), lambda: setattr(1, "x", 2)):
    try:
        f()
    except AttributeError as e:
        print(repr(e.name), type(e.obj).__name__, e)
e = AttributeError("x")
print(e.name, e.obj)
e = AttributeError("x", name="n", obj=5)
print(e.name, e.obj, e.args)
