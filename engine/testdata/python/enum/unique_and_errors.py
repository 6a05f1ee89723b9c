from enum import Enum, unique
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError", e)
try:
    Shape(7)
except ValueError as e:
    print("ValueError", e)
try:
    Shape["NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    Shape.SQUARE = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    class More(Shape):
        EXTRA = 9
except TypeError as e:
    print("TypeError", e)
