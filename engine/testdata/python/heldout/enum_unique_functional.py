from enum import Enum, unique, IntEnum

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = Enum("Shape", [("SQUARE", 4), ("TRI", 3)])
print(Shape.TRI, Shape(4))
Num = IntEnum("Num", {"ONE": 1, "TWO": 2})
print(Num.TWO * 2, repr(Num.ONE))
try:
    Animal.ANT = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Animal.ANT.__class__.__name__, type(Animal).__name__)
