# source: egjimenezg/python-playground fluent_python/vector2d.py (Vector with __repr__, __abs__, __bool__, __add__, __mul__)
import math

class Vector:
  def __init__(self, x=0, y=0):
    self.x = x
    self.y = y

  def __repr__(self):
    return f'Vector({self.x!r}, {self.y!r})'

  def __abs__(self):
    return math.hypot(self.x, self.y)

  def __bool__(self):
    return bool(self.x or self.y)

  def __add__(self, other):
    x = self.x + other.x
    y = self.y + other.y
    return Vector(x, y)

  def __mul__(self, scalar):
    return Vector(self.x * scalar, self.y * scalar)


if __name__ == "__main__":
  v1 = Vector(2, 4)
  v2 = Vector(2, 1)
  v3 = v1 + v2
  v4 = Vector(3, 4)
  assert 5.0 == abs(v4)
  assert 15 == abs(v4 * 3)
  print(v3, abs(v4), v4 * 3, abs(v4 * 3))
  print(bool(Vector()), bool(v1), Vector(0.5, -1.25) * 2)
  print([v1, v2], {"v": v3})
  print(v1 == Vector(2, 4), v1 != v1)
  try:
    3 * v1
  except TypeError as e:
    print("TypeError:", e)
  try:
    v1 + 1
  except AttributeError as e:
    print("AttributeError:", e)
  print(hash(v1) == hash(v1), v1 in [Vector(2, 4)])
