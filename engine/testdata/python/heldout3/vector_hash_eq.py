# source: a Vector class with __eq__ (isinstance check), __hash__ (hash(x) * 357 + hash(y)) and __str__, found by code search
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return False
        return self.x == other.x and self.y == other.y

    def __add__(self, other):
        return Vector(other.x + self.x, other.y + self.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, other: int):
        return Vector(self.x * other, self.y * other)

    def __hash__(self):
        return hash(self.x) * 357 + hash(self.y)

    def __str__(self):
        return '({}, {})'.format(self.x, self.y)


seen = {Vector(1, 2), Vector(1, 2), Vector(2, 1), Vector(1.0, 2.0)}
print(len(seen), sorted(str(v) for v in seen))
print(hash(Vector(1, 2)), hash(Vector(-1, -1)), hash(Vector(True, 0.5)))
d = {Vector(0, 0): "origin"}
print(d[Vector(0, 0)], d.get(Vector(0, 1)), Vector(0, 0) in d)
print(Vector(1, 2) == (1, 2), Vector(1, 2) != Vector(1, 2), str(Vector(3, 4) - Vector(1, 1) * 2))
print([str(v) for v in sorted(seen, key=lambda v: (v.y, v.x))])
class Frozen(Vector):
    __hash__ = None
try:
    {Frozen(1, 1)}
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, EqOnly() == 3)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
