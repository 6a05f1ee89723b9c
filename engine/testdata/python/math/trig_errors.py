import math
print(round(math.sin(math.pi / 2), 10), math.cos(0), round(math.atan2(1, 1), 6), math.degrees(math.pi), math.radians(180))
print(math.isqrt(10 ** 20 + 1), math.floor(1e20), type(math.floor(2.5)).__name__)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
math.log(0)
