from enum import Enum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), str(Color.GREEN))
print(f"{Color.BLUE}", f"{Color.BLUE!r}", "{}".format(Color.RED), format(Color.RED))
print(Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color))
print(len(Color), Color["GREEN"], Color(3))
print(Color.__members__.keys())
print(list(Color.__members__.items()))
print(Color.RED.name, Color.RED.value, type(Color.RED))
print(Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
print({Color.RED: "r"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.name))
