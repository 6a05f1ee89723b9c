class Vector:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"Vector{self.c}"
    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return any(self.c)
    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c
    def __contains__(self, x):
        return x in self.c
    def __iadd__(self, o):
        self.c = (self + o).c
        return self
v = Vector(3, 4)
print(v + Vector(1, 1), v * 2, 2 * v, -v, abs(v), len(v), v[0], v[-1], v[0:1], list(v), bool(Vector(0, 0)))
print(3 in v, 5 in v, v == Vector(3, 4), v != Vector(3, 4))
w = v
v += Vector(1, 1)
print(v, w, w is v)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "a" * v
except TypeError as e:
    print("TypeError:", e)
x, y = v
print(x, y, max(v), sorted(v, reverse=True), sum(v))
