class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec.endswith("p"):
            return f"<{self.x:{spec[:-1]}}, {self.y:{spec[:-1]}}>"
        return f"({self.x:{spec}}, {self.y:{spec}})"
    def __str__(self):
        return "Vec-str"
    def __repr__(self):
        return "Vec-repr"
v = Vec(1.5, -2)
print(f"{v}", f"{v:.2f}", f"{v:.1fp}", format(v, ">6"), "{:g}".format(v), "{0!s} {0!r}".format(v), str(v), [v])
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError", e)
print(format(NoFormat(), "")[:10])
