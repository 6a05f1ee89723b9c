from enum import Enum
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    CIRCLE = 3
print(list(Shape), Shape.ALIAS, Shape.ALIAS is Shape.SQUARE)
print(list(Shape.__members__))
print(Shape(3).name, isinstance(Shape.CIRCLE, Shape), type(Shape.CIRCLE).__name__)
