from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(len(Color), Color.RED in Color, list(reversed(Color)), [c.name for c in Color], Color(3), Color["GREEN"])
print(Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color), Color.RED == 1, Color.RED is Color(1))
print(sorted(Color, key=lambda c: -c.value), {c: c.value for c in Color}, Color.__members__["BLUE"])
print(hash(Color.RED) == hash(Color.RED), Color.RED != Color.GREEN, bool(Color.RED), dir(Color.RED)[:3] if False else "")
try:
    print(1 in Color)
except TypeError as e:
    print("TypeError", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
